import { useCallback, useEffect, useState } from 'react';

import { errorMessage } from '@web/api/error-message';
import { useI18n } from '@web/i18n/i18n';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** Loads once per `key`, and again on `reload()`; errors arrive as the API's own sentence. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const { t } = useI18n();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    load()
      .then((value) => current && setData(value))
      .catch((failure) => current && setError(errorMessage(failure, t('error.network'))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when what it loads changes.
  }, [key, round, t]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload };
}
