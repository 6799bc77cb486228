import { queryOptions } from '@tanstack/react-query';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import { assetListOptions } from '../asset-lists';
import { readAllPagesFor } from '../page-progress';

type Presence = 'MY_PORTS';

const pageSize = 100;

export const metroQueries = {
  all: () => ['metros'] as const,
  /** Every metro, however many pages the API answers in. */
  list: (query: { presence?: Presence } = {}) =>
    queryOptions({
      queryKey: [...metroQueries.all(), 'list', query] as const,
      queryFn: ({ signal, queryKey }) =>
        readAllPagesFor(queryKey, answers.listMetros.operation, (offset) =>
          unwrap(
            api.GET('/fabric/v4/metros', {
              params: { query: { ...query, offset, limit: pageSize } },
              signal,
            }),
            answers.listMetros,
          ),
        ),
      ...assetListOptions,
    }),
  detail: (metroCode: string) =>
    queryOptions({
      queryKey: [...metroQueries.all(), 'detail', metroCode] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/metros/{metroCode}', { params: { path: { metroCode } }, signal }),
          answers.readMetro,
        ),
      staleTime: 5 * 60_000,
    }),
};
