import { useCallback, useEffect, useRef, useState } from 'react';

import type { InstanceDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorText } from '@web/components/error-text.util';
import { useI18n } from '@web/i18n/i18n';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'waiting' | 'error';

const DELAY_MS = 800;

/**
 * A grant application kept as a draft while it is typed: started with the first field typed, then
 * changed with UPDATE_DRAFT (a debounced save after each pause). `flush` saves what is pending now.
 */
export function useDraft(
  workflow: string,
  ready: (data: Record<string, unknown>) => boolean,
  labelOf?: (path: string) => string | undefined,
) {
  const { t } = useI18n();
  const [instance, setInstance] = useState<InstanceDto | null>(null);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<Record<string, unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const current = useRef<InstanceDto | null>(null);
  const saving = useRef<Promise<InstanceDto | null>>(Promise.resolve(null));

  const save = useCallback((): Promise<InstanceDto | null> => {
    // One save at a time, in order: each waits for the previous one's revision.
    saving.current = saving.current.then(async () => {
      const data = pending.current;
      pending.current = null;
      if (!data) return current.current;
      if (!current.current && !ready(data)) {
        setStatus('waiting');
        return null;
      }
      setStatus('saving');
      try {
        const next = current.current
          ? await client.post('/api/instances/:id/events', {
              params: { id: current.current.id },
              body: { type: 'UPDATE_DRAFT', data, expectedRevision: current.current.revision },
            })
          : await client.post('/api/instances', { body: { workflow, data } });
        current.current = next;
        setInstance(next);
        setStatus('saved');
        setError(null);
        return next;
      } catch (failure) {
        setStatus('error');
        setError(errorText(failure, t('error.network'), labelOf));
        return current.current;
      }
    });
    return saving.current;
  }, [ready, t, workflow, labelOf]);

  const change = useCallback(
    (data: Record<string, unknown>) => {
      pending.current = data;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DELAY_MS);
    },
    [save],
  );

  const flush = useCallback(
    async (data: Record<string, unknown>) => {
      if (timer.current) clearTimeout(timer.current);
      pending.current = data;
      return save();
    },
    [save],
  );

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return { instance, status, error, change, flush };
}
