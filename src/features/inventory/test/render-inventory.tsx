import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { paths } from '@/config/paths';
import { InventoryPage } from '../components/inventory-page';

/** The inventory in a memory router, as the app mounts it, talking to the demo backend. */
export function renderInventory(url = paths.inventory.href()) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 15_000 }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      { path: paths.inventory.path, element: <InventoryPage /> },
      { path: paths.details.path, element: <p>Details page</p> },
      { path: paths.create.stepPath, element: <p>Create page</p> },
    ],
    { initialEntries: [url] },
  );
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
