import { useCallback, useEffect, useState } from 'react';

import type { PageDto } from '@yilin/contracts';

import { api } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { useI18n } from '@web/i18n/i18n';

import type { Loaded } from './use-load';

export interface LoadedPages<T> extends Loaded<T[]> {
  /** Appends the next page; null when the list has no more. */
  more: (() => void) | null;
}

/** A paginated list, one page at a time: the first on load, each next one when asked for. */
export function usePages<T>(path: string, pageSize = 50): LoadedPages<T> {
  const { t } = useI18n();
  const [data, setData] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  const load = useCallback(
    async (from: string | null, previous: T[]) => {
      setLoading(true);
      setError(null);
      try {
        const separator = path.includes('?') ? '&' : '?';
        const page = await api<PageDto<T>>(`${path}${separator}limit=${pageSize}${from ? `&cursor=${encodeURIComponent(from)}` : ''}`);
        setData([...previous, ...page.items]);
        setCursor(page.nextCursor);
      } catch (failure) {
        setError(errorMessage(failure, t('error.network')));
      } finally {
        setLoading(false);
      }
    },
    [path, pageSize, t],
  );
  useEffect(() => {
    void load(null, []);
  }, [load, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const more = cursor && !loading ? () => void load(cursor, data ?? []) : null;
  return { data, error, loading, reload, more };
}

/** The "load more" button under a paginated list, shown while there is more. */
export function MoreButton({ pages }: { pages: LoadedPages<unknown> }) {
  const { t } = useI18n();
  if (!pages.more) return null;
  return (
    <button type="button" className="secondary" onClick={pages.more}>
      {t('inbox.more')}
    </button>
  );
}
