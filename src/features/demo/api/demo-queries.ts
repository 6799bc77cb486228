import { queryOptions } from '@tanstack/react-query';
import { demoApi } from '@/lib/demo-api';

export const demoQueries = {
  all: () => ['demo'] as const,
  state: () =>
    queryOptions({
      queryKey: [...demoQueries.all(), 'state'] as const,
      queryFn: () => demoApi.state(),
      // The demo clock moves on its own; the drawer shows it fresh each time it opens.
      staleTime: 0,
    }),
};
