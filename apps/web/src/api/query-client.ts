import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of everything the pages loaded. Data is stale at once, so a page shows what it had and
 * fetches again when it is opened; a change made through the API refetches every page on screen.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 0, retry: false, refetchOnWindowFocus: false } },
});
