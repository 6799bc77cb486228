import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { paths } from '@/config/paths';
import { preloadRoute, AppRoutes } from './router';
import { createTestRouter } from './test/test-router';

// A page's first render transforms its whole module graph, which takes seconds on a busy machine.
const slow = { timeout: 10_000 };

function renderApp(url: string) {
  // The app's own routes, as descendants of a catch-all, so the test can read the location.
  const { router, element } = createTestRouter(url, <Route path="*" element={<AppRoutes />} />);
  render(<QueryClientProvider client={createQueryClient()}>{element}</QueryClientProvider>);
  return router;
}

describe('the app routes', { timeout: 20_000 }, () => {
  it('shows the not-found page, in the layout, at an unknown address', async () => {
    renderApp('/no-such-page');
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByText('Fabric Service Tokens')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the Service Token Inventory' })).toHaveAttribute(
      'href',
      paths.inventory.href(),
    );
  });

  it('shows the not-found page for an unknown wizard step', async () => {
    renderApp('/service-tokens/create/bogus');
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }, slow),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('sends the home page to the inventory', async () => {
    const router = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.inventory.path), slow);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service Token Inventory' }, slow),
    ).toBeInTheDocument();
  });

  it('sends the wizard without a step to its first step', async () => {
    const router = renderApp(paths.create.path);
    await waitFor(
      () => expect(router.state.location.pathname).toBe(paths.create.href('basic')),
      slow,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Create Service Token' }, slow),
    ).toBeInTheDocument();
  });

  it('starts a page download early that the route then reuses', async () => {
    preloadRoute('/no-such-page');
    renderApp('/no-such-page');
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }, slow),
    ).toBeInTheDocument();
  });
});
