import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useId } from 'react';

import { errorMessage } from '@web/api/error-message';
import { queryClient } from '@web/api/query-client';
import { useI18n } from '@web/i18n/i18n';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/**
 * Loads once per `key`, again on `reload()` and after any change made through the API (TanStack Query,
 * one shared cache); errors arrive as the API's own sentence. While a new `key` loads, the previous data
 * stays on screen.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const { t } = useI18n();
  // Keyed by the calling component too: two pages may load different things under the same key ('funds').
  const caller = useId();
  const query = useQuery(
    { queryKey: ['load', caller, key], queryFn: load, placeholderData: keepPreviousData },
    queryClient,
  );
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data ?? null,
    error: query.error ? errorMessage(query.error, t('error.network')) : null,
    loading: query.isFetching,
    reload,
  };
}
