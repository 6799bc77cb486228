import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';

type Presence = 'MY_PORTS';

export const metroQueries = {
  all: () => ['metros'] as const,
  list: (query: { presence?: Presence; offset?: number; limit?: number } = {}) =>
    queryOptions({
      queryKey: [...metroQueries.all(), 'list', query] as const,
      queryFn: ({ signal }) => unwrap(api.GET('/fabric/v4/metros', { params: { query }, signal })),
      staleTime: 5 * 60_000,
    }),
  detail: (metroCode: string) =>
    queryOptions({
      queryKey: [...metroQueries.all(), 'detail', metroCode] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/metros/{metroCode}', { params: { path: { metroCode } }, signal }),
        ),
      staleTime: 5 * 60_000,
    }),
};
