import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import type { ClientLoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { prefetchInventory } from '@/features/inventory/api/use-token-search';
import { InventoryHeading, InventoryPage } from '@/features/inventory/components/inventory-page';
import { queryClient } from '../query-client';

/** `/service-tokens`: the page renders once the project and its first rows are in the cache. */
export async function clientLoader({ request }: ClientLoaderFunctionArgs) {
  // A failed search is not the route's error: the page shows it, with Retry, beside the rest.
  await prefetchInventory(queryClient, new URL(request.url).searchParams);
  return null;
}

/** Filters, sorting and paging change the query string only: the page's own queries follow. */
export function shouldRevalidate({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname !== nextUrl.pathname;
}

/** The first paint (prerendered) while the code and the first rows arrive. */
export function HydrateFallback() {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <InventoryHeading />
      <LinearProgress aria-label="Loading service tokens" />
    </Box>
  );
}

export default function Inventory() {
  return <InventoryPage />;
}

export { RouteError as ErrorBoundary } from '../route-error';
