import { queryOptions } from '@tanstack/react-query';
import { assetListOptions } from '../asset-lists';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import { readAllPagesFor } from '../page-progress';
import type { NetworkSearchRequest } from '../types';

const pageSize = 100;

export const networkQueries = {
  all: () => ['networks'] as const,
  /** Every network the search finds, however many pages; the request's own paging is ignored. */
  search: (request: NetworkSearchRequest) =>
    queryOptions({
      queryKey: [...networkQueries.all(), 'search', request] as const,
      queryFn: ({ signal, queryKey }) =>
        readAllPagesFor(queryKey, answers.searchNetworks.operation, (offset) =>
          unwrap(
            api.POST('/fabric/v4/networks/search', {
              body: { ...request, pagination: { offset, limit: pageSize } },
              signal,
            }),
            answers.searchNetworks,
          ),
        ),
      ...assetListOptions,
    }),
  detail: (networkId: string) =>
    queryOptions({
      queryKey: [...networkQueries.all(), 'detail', networkId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/networks/{networkId}', { params: { path: { networkId } }, signal }),
          answers.readNetwork,
        ),
    }),
};
