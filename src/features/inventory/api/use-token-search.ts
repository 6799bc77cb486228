import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import type { ServiceTokens } from '@/api/types';
import type { InventorySearchParams } from '../inventory-search-params';
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

/** One page of the inventory: the previous page stays on screen while the next one loads. */
export function useTokenSearch(
  params: InventorySearchParams,
  projectId: string | undefined,
  now: number,
) {
  const request = toServiceTokenSearchRequest(
    params,
    projectId ?? '',
    { page: params.page, pageSize: params.pageSize },
    new Date(now),
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
