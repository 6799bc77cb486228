import { afterEach, describe, expect, it } from 'vitest';
import { criticalCss } from '../first-paint/critical-css';
import { startHarness, type Harness } from '../test-harness';
import { testDist } from '../test-dist';

let harness: Harness;
afterEach(() => harness?.close());

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

async function start(env: NodeJS.ProcessEnv = {}) {
  harness = await startHarness({ env, page: { kind: 'dist', dir: await testDist() } });
}

describe('the page (npm run serve)', () => {
  it('is the build’s index.html with the server’s mode written in, for every app route', async () => {
    await start();
    for (const url of ['/', '/service-tokens?state=INACTIVE', '/sign-in', '/index.html', '/x/y']) {
      const { response, text } = await harness.call(url, { headers: html });
      expect(response.status, url).toBe(200);
      expect(text).toContain('<meta name="portal-mode" content="live" />');
      expect(text).toContain('<script type="module" src="/assets/index-abc.js"></script>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    const demo = await startHarness({
      env: { PORTAL_MODE: 'demo' },
      page: { kind: 'dist', dir: await testDist() },
    });
    const { text } = await demo.call('/', { headers: html });
    expect(text).toContain('<meta name="portal-mode" content="demo" />');
    await demo.close();
  });

  it('says whether the visitor has a live session', async () => {
    await start();
    const signedOut = await harness.call('/service-tokens', { headers: html });
    expect(signedOut.text).toContain('<meta name="portal-session" content="signed-out" />');
    expect(signedOut.text).toContain('<h1 class="shell-heading">Sign in to Equinix Fabric</h1>');
    await harness.signIn();
    const signedIn = await harness.call('/service-tokens', { headers: html });
    expect(signedIn.text).toContain('<meta name="portal-session" content="signed-in" />');
    await harness.call('/bff/session', { method: 'DELETE' });
    const after = await harness.call('/service-tokens', { headers: html });
    expect(after.text).toContain('<meta name="portal-session" content="signed-out" />');
  });

  it('writes the first paint and the recorded styles of the page shown', async () => {
    await start();
    await harness.signIn();
    const wizard = await harness.call('/service-tokens/create/details?x=1', { headers: html });
    expect(wizard.text).toContain('<h1 class="shell-heading">Create Service Token</h1>');
    expect(wizard.text).toContain('data-page-shell');
    const inventory = criticalCss.inventory;
    const page = await harness.call('/service-tokens', { headers: html });
    expect(page.text).toContain(
      `<style data-served-styles="${inventory?.names.join(' ')}">${inventory?.css}</style>`,
    );
  });

  it('serves fingerprinted files for a year, other files revalidated, and 404s the rest', async () => {
    await start();
    const asset = await harness.call('/assets/index-abc.js');
    expect(asset.response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const favicon = await harness.call('/favicon.svg');
    expect(favicon.response.headers.get('cache-control')).toBe('no-cache');
    for (const url of ['/assets/gone-1.js', '/assets/', '/bff/x', '/favicon.ico']) {
      const { response, json } = await harness.call(url, { headers: html });
      expect(response.status, url).toBe(404);
      expect(json()).toEqual([expect.objectContaining({ errorCode: expect.any(String) })]);
    }
    // Any client that takes anything gets the page; an API call that no route knows does not.
    expect((await harness.call('/', { headers: { accept: '*/*' } })).response.status).toBe(200);
    expect(
      (await harness.call('/service-tokens', { headers: { accept: 'application/json' } })).response
        .status,
    ).toBe(404);
  });
});
