import type { QueryClient } from '@tanstack/react-query';
import { prefetchInventory } from '@/features/inventory/api/use-token-search';
import { InventoryPage } from '@/features/inventory/components/inventory-page';

export function Component() {
  return <InventoryPage />;
}

export function prefetch(queryClient: QueryClient, search: URLSearchParams) {
  return prefetchInventory(queryClient, search);
}
