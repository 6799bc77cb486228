import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Route } from 'react-router';
import { createTestRouter } from '@/app/test/test-router';
import { paths } from '@/config/paths';
import { InventoryPage } from '../components/inventory-page';

export const testQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 15_000 }, mutations: { retry: false } },
  });

/** The inventory in a memory router, as the app mounts it, talking to the demo backend. */
export function renderInventory(url = paths.inventory.href(), queryClient = testQueryClient()) {
  const { router, element } = createTestRouter(
    url,
    <>
      <Route path={paths.inventory.path} element={<InventoryPage />} />
      <Route path={paths.details.path} element={<p>Details page</p>} />
      <Route path={paths.create.stepPath} element={<p>Create page</p>} />
    </>,
  );
  const view = render(<QueryClientProvider client={queryClient}>{element}</QueryClientProvider>);
  return { ...view, router, queryClient };
}
