import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { AppLayout } from './app-layout';
import { createTestRouter } from './test/test-router';

const brokenMessage = 'Cannot read properties of undefined';
const downloadMessage = 'Failed to fetch dynamically imported module: /assets/page.js';
const expectedErrors = new Set([brokenMessage, downloadMessage]);

function Broken(): never {
  throw new Error(brokenMessage);
}

const Undownloadable = lazy(() => Promise.reject(new TypeError(downloadMessage)));

function renderLayoutAt(url: string) {
  // React reports each error a boundary catches with console.error: those are expected here; any
  // other console.error still fails the test (vitest.setup.ts).
  const consoleError = vi.mocked(console.error);
  const unexpected = consoleError.getMockImplementation();
  const logged: unknown[][] = [];
  consoleError.mockImplementation((...args: unknown[]) => {
    if (args.some((arg) => arg instanceof Error && expectedErrors.has(arg.message))) {
      logged.push(args);
    } else {
      unexpected?.(...args);
    }
  });
  const { router, element } = createTestRouter(
    url,
    <Route element={<AppLayout />}>
      <Route path="/broken" element={<Broken />} />
      <Route path="/undownloadable" element={<Undownloadable />} />
      <Route path="/calm" element={<p>Calm page</p>} />
    </Route>,
  );
  render(<QueryClientProvider client={createQueryClient()}>{element}</QueryClientProvider>);
  return { router, logged };
}

describe('a page that fails', { timeout: 20_000 }, () => {
  it('shows what failed and a Retry inside the layout, and clears on the next navigation', async () => {
    const { router, logged } = renderLayoutAt('/broken');
    const main = screen.getByRole('main');
    const alert = await within(main).findByRole('alert');
    expect(alert).toHaveTextContent('This page failed');
    expect(alert).toHaveTextContent('Cannot read properties of undefined');
    expect(within(main).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    // The app bar stays, and the error is not a second main landmark.
    expect(screen.getByText('Fabric Service Tokens')).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(logged.length).toBeGreaterThan(0);

    await router.navigate('/calm');
    expect(await screen.findByText('Calm page')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    await router.navigate(-1);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says the page could not be loaded when its code fails to download', async () => {
    renderLayoutAt('/undownloadable');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page could not be loaded');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByText('Fabric Service Tokens')).toBeInTheDocument();
  });
});
