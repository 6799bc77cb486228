import { MutationCache, QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetryQuery } from './retry';

interface Options {
  /** Every failed write, in one place (the app notes a 403 there: src/lib/tokens/write-access). */
  onMutationError?: (error: unknown) => void;
}

export function createQueryClient({ onMutationError }: Options = {}): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({ onError: (error) => onMutationError?.(error) }),
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
