import { describe, expect, it } from 'vitest';
import { withMode } from './html-mode';
import { pageShell, shellStyles } from './page-shell';

const heading = (markup: string) => markup.match(/<h1 class="shell-heading">([^<]*)<\/h1>/)?.[1];

describe('pageShell', () => {
  it('draws the heading of the pages it knows, as the pages word it', () => {
    expect(heading(pageShell('/', 'demo'))).toBe('Service Token Inventory');
    expect(heading(pageShell('/service-tokens', 'demo'))).toBe('Service Token Inventory');
    expect(heading(pageShell('/service-tokens/', 'live', 'signed-in'))).toBe(
      'Service Token Inventory',
    );
    for (const path of [
      '/service-tokens/create',
      '/service-tokens/create/basic',
      '/service-tokens/create/details',
      '/service-tokens/create/review',
    ]) {
      expect(heading(pageShell(path, 'demo')), path).toBe('Create Service Token');
    }
    expect(heading(pageShell('/sign-in', 'demo'))).toBe('Your demo session has expired');
    expect(heading(pageShell('/sign-in', 'live', 'signed-out'))).toBe('Sign in to Equinix Fabric');
  });

  it('draws no heading where the page depends on data or does not exist', () => {
    for (const path of [
      '/service-tokens/create/created',
      '/service-tokens/create/bogus',
      '/service-tokens/3f9a6c52-8b1e-4d07-9c3a-5e2b7d4f1a60',
      '/no-such-page',
    ]) {
      expect(heading(pageShell(path, 'demo')), path).toBeUndefined();
      expect(pageShell(path, 'demo')).toContain('Fabric Service Tokens');
    }
  });

  it('shows a signed-out live visitor the sign-in heading, where the app takes them', () => {
    expect(heading(pageShell('/service-tokens', 'live', 'signed-out'))).toBe(
      'Sign in to Equinix Fabric',
    );
  });

  it('names the mode and is hidden from assistive technology', () => {
    expect(pageShell('/', 'demo')).toMatch(/^<div class="shell" aria-hidden="true" inert>/);
    expect(pageShell('/', 'demo')).toContain('<span class="shell-chip">Demo</span>');
    expect(pageShell('/', 'live', 'signed-in')).toContain(
      '<span class="shell-chip live">Live</span>',
    );
  });
});

describe('withMode and the first paint', () => {
  const built =
    '<html><head><meta name="portal-mode" content="demo" /></head><body><div id="root"></div></body></html>';

  it('writes the shell and its styles for the requested path', () => {
    const page = withMode(built, 'demo', undefined, '/service-tokens');
    expect(page).toContain(`${shellStyles}</head>`);
    expect(page).toContain(`<div id="root">${pageShell('/service-tokens', 'demo')}</div>`);
  });

  it('leaves the page empty when no path is given (the build itself)', () => {
    expect(withMode(built, 'demo')).toContain('<div id="root"></div>');
    expect(withMode(built, 'demo')).not.toContain('data-page-shell');
  });
});
