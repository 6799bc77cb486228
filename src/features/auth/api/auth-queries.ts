import { queryOptions } from '@tanstack/react-query';
import { bffSession } from './bff-session';

export const authQueries = {
  all: () => ['bffSession'] as const,
  status: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'status'] as const,
      queryFn: () => bffSession.status(),
      staleTime: 60_000,
    }),
};
