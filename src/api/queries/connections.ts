import { queryOptions } from '@tanstack/react-query';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import type { ConnectionSearchRequest } from '../types';

export const connectionQueries = {
  all: () => ['connections'] as const,
  search: (request: ConnectionSearchRequest) =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'search', request] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.POST('/fabric/v4/connections/search', { body: request, signal }),
          answers.searchConnections,
        ),
    }),
  /** The connections that redeemed a token (the token has no back-reference of its own). */
  byServiceToken: (serviceTokenUuid: string, side: 'aSide' | 'zSide') =>
    connectionQueries.search({
      filter: {
        and: [
          { property: `/${side}/serviceToken/uuid`, operator: '=', values: [serviceTokenUuid] },
        ],
      },
      pagination: { offset: 0, limit: 10 },
    }),
  detail: (connectionId: string) =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'detail', connectionId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/connections/{connectionId}', {
            params: { path: { connectionId } },
            signal,
          }),
          answers.readConnection,
        ),
    }),
};
