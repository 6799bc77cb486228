import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetryQuery } from './retry';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay,
        staleTime: 15_000,
        refetchOnWindowFocus: true,
      },
      // A write is never repeated behind the user's back: a retried create could issue two tokens.
      mutations: { retry: false },
    },
  });
}
