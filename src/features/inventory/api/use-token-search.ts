import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { prefetchProject } from '@/lib/current-project';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import type { ServiceTokens } from '@/api/types';
import { currentProjectId } from '@/lib/current-project';
import { currentMinute } from '@/lib/tokens/minute-clock';
import { type InventorySearchParams, parseInventorySearchParams } from '../inventory-search-params';
import { toServiceTokenSearchRequest } from './to-service-token-search-request';

const dayMs = 24 * 60 * 60 * 1000;
export const nearExpiryRefetchMs = 60_000;

/** True while a shown, still redeemable token runs out within a day: its state is about to change. */
export function hasTokenNearExpiry(page: ServiceTokens | undefined, now = Date.now()): boolean {
  return (page?.data ?? []).some((token) => {
    if (token.state !== 'INACTIVE' || !token.expirationDateTime) return false;
    const left = new Date(token.expirationDateTime).getTime() - now;
    return left < dayMs;
  });
}

/** The search request for one page of the inventory, as the page and its prefetch both send it. */
export function inventorySearchRequest(
  params: InventorySearchParams,
  projectId: string | undefined,
  now: number,
) {
  return toServiceTokenSearchRequest(
    params,
    projectId ?? '',
    { page: params.page, pageSize: params.pageSize },
    new Date(now),
  );
}

/**
 * Starts the inventory's first requests from the URL alone, before the page renders (the page's
 * queries then find them under way): the ports, which name the project, and the page of tokens.
 * On a first visit no project is remembered yet: the tokens are asked for once the ports have
 * named it, so the first render still has them instead of drawing the page twice.
 */
export function prefetchInventory(
  queryClient: QueryClient,
  search: URLSearchParams,
): Promise<unknown> {
  const params = parseInventorySearchParams(search);
  const tokens = (projectId: string) =>
    queryClient.prefetchQuery(
      serviceTokenQueries.search(inventorySearchRequest(params, projectId, currentMinute())),
    );
  const remembered = currentProjectId();
  const project = prefetchProject(queryClient);
  if (remembered) return Promise.all([project, tokens(remembered)]);
  return project.then((chosen) => (chosen ? tokens(chosen) : undefined));
}

/** One page of the inventory: the previous page stays on screen while the next one loads. */
export function useTokenSearch(
  params: InventorySearchParams,
  projectId: string | undefined,
  now: number,
) {
  // One object while the search is the same: the export button and the table re-render only
  // when what they show changes.
  const request = useMemo(
    () => inventorySearchRequest(params, projectId, now),
    [params, projectId, now],
  );
  const query = useQuery({
    ...serviceTokenQueries.search(request),
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      hasTokenNearExpiry(current.state.data) ? nearExpiryRefetchMs : false,
  });
  return { query, request };
}
