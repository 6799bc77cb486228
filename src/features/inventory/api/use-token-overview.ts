import { useQueries } from '@tanstack/react-query';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import type { ServiceTokenState } from '@/api/types';
import { tokenStates } from '@/lib/tokens/token-state';
import { defaultSearchParams, type InventoryFilters } from '../inventory-search-params';
import { toServiceTokenSearchRequest } from './to-service-token-search-request';

export const overviewExpiringDays = 7;

export interface OverviewCount {
  id: ServiceTokenState | 'expiring';
  filters: Partial<InventoryFilters>;
  total: number | undefined;
  isPending: boolean;
  error: unknown;
}

const noFilters: InventoryFilters = {
  state: defaultSearchParams.state,
  q: defaultSearchParams.q,
  expiringWithin: undefined,
  createdFrom: undefined,
  createdTo: undefined,
  port: undefined,
};

const entries: Pick<OverviewCount, 'id' | 'filters'>[] = [
  ...tokenStates.map((state) => ({ id: state, filters: { state: [state] } })),
  { id: 'expiring', filters: { expiringWithin: overviewExpiringDays } },
];

/** One list for the five answers; TanStack Query keeps it the same object while they are. */
function combineCounts(
  results: { data: number | undefined; isPending: boolean; error: unknown }[],
): OverviewCount[] {
  return entries.map((entry, index) => {
    const result = results[index];
    return {
      ...entry,
      total: result?.data,
      isPending: result?.isPending ?? true,
      error: result?.error ?? null,
    };
  });
}

/**
 * Counts by state and "expiring within 7 days": each is a search for one row that reads
 * `pagination.total`, with exactly the filter its link applies, so the count and the list agree.
 */
export function useTokenOverview(
  projectId: string | undefined,
  now: number,
  /** The counts wait for the table's first rows: on a large data set the rows matter first. */
  ready: boolean,
): OverviewCount[] {
  return useQueries({
    queries: entries.map(({ filters }) => ({
      ...serviceTokenQueries.search(
        toServiceTokenSearchRequest(
          { ...noFilters, ...filters },
          projectId ?? '',
          { page: 1, pageSize: 1 },
          new Date(now),
        ),
      ),
      enabled: Boolean(projectId) && ready,
      select: (page: { pagination?: { total: number } }) => page.pagination?.total ?? 0,
    })),
    combine: combineCounts,
  });
}
