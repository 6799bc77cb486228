import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '@/config/paths';
import { appRoutes } from './test/app-routes';

// A page's first render transforms its whole module graph, which takes seconds on a busy machine.
const slow = { timeout: 10_000 };

const brokenMessage = 'Cannot read properties of undefined';
function Broken(): never {
  throw new Error(brokenMessage);
}

describe('the app routes (src/app/routes.ts)', { timeout: 20_000 }, () => {
  it('shows the not-found page, in the layout, at an unknown address', async () => {
    render(appRoutes('/no-such-page'));
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
    render(appRoutes('/service-tokens/create/bogus'));
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }, slow),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('sends the home page to the inventory, which renders with its first rows', async () => {
    render(appRoutes('/'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service Token Inventory' }, slow),
    ).toBeInTheDocument();
    // The route's clientLoader filled the cache: the rows are there with the page's first render.
    expect(screen.queryByText(/Loading tokens…/)).not.toBeInTheDocument();
  });

  it('sends the wizard without a step to its first step', async () => {
    render(appRoutes(paths.create.path));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Create Service Token' }, slow),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: /Basic/ }, slow)).toBeVisible();
  });

  it('shows a page that fails, with Retry, inside the layout', async () => {
    const consoleError = vi.mocked(console.error);
    const unexpected = consoleError.getMockImplementation();
    consoleError.mockImplementation((...args: unknown[]) => {
      const expected = args.some((arg) => String(arg).includes(brokenMessage));
      if (!expected) unexpected?.(...args);
    });
    render(appRoutes('/broken', [{ path: '/broken', Component: Broken }]));
    const main = await screen.findByRole('main', {}, slow);
    const alert = await within(main).findByRole('alert');
    expect(alert).toHaveTextContent('This page failed');
    expect(alert).toHaveTextContent(brokenMessage);
    expect(within(main).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByText('Fabric Service Tokens')).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });
});
