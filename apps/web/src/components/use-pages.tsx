import { useCallback, useEffect, useState } from 'react';

import type { PageDto, PathOf, ResponseOf } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { useI18n } from '@web/i18n/i18n';

import type { Loaded } from './use-load';

export interface LoadedPages<T> extends Loaded<T[]> {
  /** Appends the next page; null when the list has no more. */
  more: (() => void) | null;
}

/** The lists the engine answers a page at a time. */
type PagedPath = { [P in PathOf<'GET'>]: ResponseOf<'GET', P> extends PageDto<unknown> ? P : never }[PathOf<'GET'>];
type ItemOf<P extends PagedPath> = ResponseOf<'GET', P> extends PageDto<infer T> ? T : never;

/**
 * A paginated list, one page at a time: the first on load, each next one when asked for. `params` fills
 * the path's parameters (`/api/funds/:id/ledger`).
 */
export function usePages<P extends PagedPath>(
  path: P,
  params: Record<string, string> = {},
  pageSize = 50,
): LoadedPages<ItemOf<P>> {
  type T = ItemOf<P>;
  const { t } = useI18n();
  const paramsKey = JSON.stringify(params);
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
        // One call for every paged path: the path's own types are checked where the hook is used.
        const get = client.get as (path: string, options: object) => Promise<PageDto<T>>;
        const page = await get(path, { params: JSON.parse(paramsKey) as object, query: { limit: pageSize, cursor: from } });
        setData([...previous, ...page.items]);
        setCursor(page.nextCursor);
      } catch (failure) {
        setError(errorMessage(failure, t('error.network')));
      } finally {
        setLoading(false);
      }
    },
    [path, paramsKey, pageSize, t],
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
