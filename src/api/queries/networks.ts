import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { NetworkSearchRequest } from '../types';

export const networkQueries = {
  all: () => ['networks'] as const,
  search: (request: NetworkSearchRequest) =>
    queryOptions({
      queryKey: [...networkQueries.all(), 'search', request] as const,
      queryFn: ({ signal }) =>
        unwrap(api.POST('/fabric/v4/networks/search', { body: request, signal })),
      staleTime: 60_000,
    }),
  detail: (networkId: string) =>
    queryOptions({
      queryKey: [...networkQueries.all(), 'detail', networkId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/networks/{networkId}', { params: { path: { networkId } }, signal }),
        ),
    }),
};
