import { queryOptions } from '@tanstack/react-query';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import type { ServiceTokenSearchRequest } from '../types';

export const serviceTokenQueries = {
  all: () => ['serviceTokens'] as const,
  lists: () => [...serviceTokenQueries.all(), 'list'] as const,
  list: (page: { offset: number; limit: number }) =>
    queryOptions({
      queryKey: [...serviceTokenQueries.lists(), 'get', page] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/serviceTokens', { params: { query: page }, signal }),
          answers.listServiceTokens,
        ),
    }),
  search: (request: ServiceTokenSearchRequest) =>
    queryOptions({
      queryKey: [...serviceTokenQueries.lists(), 'search', request] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.POST('/fabric/v4/serviceTokens/search', { body: request, signal }),
          answers.searchServiceTokens,
        ),
    }),
  details: () => [...serviceTokenQueries.all(), 'detail'] as const,
  detail: (serviceTokenId: string) =>
    queryOptions({
      queryKey: [...serviceTokenQueries.details(), serviceTokenId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/serviceTokens/{serviceTokenId}', {
            params: { path: { serviceTokenId } },
            signal,
          }),
          answers.readServiceToken,
        ),
    }),
};
