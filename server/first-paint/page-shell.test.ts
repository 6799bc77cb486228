import { describe, expect, it } from 'vitest';
import { withMode } from './html-mode';
import { pageShell, shellStyles } from './page-shell';
import { routeOf } from './server-routes';

const heading = (markup: string) => markup.match(/<h1 class="shell-heading">([^<]*)<\/h1>/)?.[1];

describe('pageShell', () => {
  it('draws the heading of the pages it knows, as the pages word it', () => {
    expect(heading(pageShell('/', 'demo'))).toBe('Service Token Inventory');
    expect(heading(pageShell('/service-tokens', 'demo'))).toBe('Service Token Inventory');
    expect(heading(pageShell('/service-tokens/', 'live'))).toBe('Service Token Inventory');
    for (const path of [
      '/service-tokens/create',
      '/service-tokens/create/basic',
      '/service-tokens/create/details',
      '/service-tokens/create/review',
    ]) {
      expect(heading(pageShell(path, 'demo')), path).toBe('Create Service Token');
    }
    expect(heading(pageShell('/sign-in', 'demo'))).toBe('Your demo session has expired');
    expect(heading(pageShell('/sign-in', 'live'))).toBe('Sign in to Equinix Fabric');
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

  it('names the mode and is hidden from assistive technology', () => {
    expect(pageShell('/', 'demo')).toMatch(/^<div class="shell" aria-hidden="true" inert>/);
    expect(pageShell('/', 'demo')).toContain('<span class="shell-chip">Demo</span>');
    expect(pageShell('/', 'live')).toContain('<span class="shell-chip live">Live</span>');
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

  it('shows a signed-out live visitor the sign-in page, with its chunks, where the app takes them', () => {
    const preloads = { inventory: ['/assets/inventory.js'], 'sign-in': ['/assets/sign-in.js'] };
    const signedOut = withMode(built, 'live', 'signed-out', '/service-tokens', { preloads });
    expect(heading(signedOut)).toBe('Sign in to Equinix Fabric');
    expect(signedOut).toContain('href="/assets/sign-in.js"');
    expect(signedOut).not.toContain('href="/assets/inventory.js"');
    const signedIn = withMode(built, 'live', 'signed-in', '/service-tokens', { preloads });
    expect(heading(signedIn)).toBe('Service Token Inventory');
    expect(signedIn).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/inventory.js">',
    );
  });

  it('leaves the page empty when no path is given (the build itself)', () => {
    expect(withMode(built, 'demo')).toContain('<div id="root"></div>');
    expect(withMode(built, 'demo')).not.toContain('data-page-shell');
  });
});

describe('routeOf', () => {
  it('names the route module the app renders, redirects followed', () => {
    expect(routeOf('/')).toEqual({ module: 'inventory' });
    expect(routeOf('/service-tokens/')).toEqual({ module: 'inventory' });
    expect(routeOf('/service-tokens/create')).toEqual({ module: 'create-token', step: 'basic' });
    expect(routeOf('/service-tokens/create/review')).toEqual({
      module: 'create-token',
      step: 'review',
    });
    expect(routeOf('/service-tokens/3f9a6c52')).toEqual({ module: 'token-details' });
    expect(routeOf('/sign-in')).toEqual({ module: 'sign-in' });
    expect(routeOf('/service-tokens/create/basic/more')).toEqual({ module: 'not-found' });
    expect(routeOf('/elsewhere')).toEqual({ module: 'not-found' });
  });
});
