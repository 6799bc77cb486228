import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-harness';
import { testDist } from '../test-dist';

let harness: Harness;
afterEach(() => harness?.close());

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

async function start(env: NodeJS.ProcessEnv = {}) {
  harness = await startHarness({ env, page: { kind: 'dist', dir: await testDist() } });
}

describe('the page (npm run serve)', () => {
  it('is the page prerendered for the address, else index.html, with the server’s mode', async () => {
    const demo = await startHarness({
      env: { PORTAL_MODE: 'demo' },
      page: { kind: 'dist', dir: await testDist() },
    });
    const pages = {
      '/service-tokens': 'Service Token Inventory',
      '/service-tokens/': 'Service Token Inventory',
      '/service-tokens?state=INACTIVE': 'Service Token Inventory',
      '/': '(layout)',
      '/service-tokens/some-uuid': '(layout)',
      '/x/y': '(layout)',
    };
    for (const [url, heading] of Object.entries(pages)) {
      const { response, text } = await demo.call(url, { headers: html });
      expect(response.status, url).toBe(200);
      expect(text, url).toContain(`<h1>${heading}</h1>`);
      expect(text).toContain('<meta name="portal-mode" content="demo"/>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    // The HTML files themselves are only ever pages.
    expect((await demo.call('/index.html', { headers: html })).text).toContain('(layout)');
    await demo.close();

    await start();
    await harness.signIn();
    const { text } = await harness.call('/service-tokens', { headers: html });
    expect(text).toContain('<meta name="portal-mode" content="live"/>');
  });

  it('admits the page’s own inline scripts by their hashes, and no other', async () => {
    await start({ PORTAL_MODE: 'demo' });
    const { response, text } = await harness.call('/service-tokens', { headers: html });
    const script = 'import("/assets/entry.client-abc.js");';
    expect(text).toContain(script);
    const hash = createHash('sha256').update(script).digest('base64');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(policy).toContain(`frame-ancestors 'none'`);
    // Any other answer keeps the policy without page scripts.
    const asset = await harness.call('/assets/entry.client-abc.js');
    expect(asset.response.headers.get('content-security-policy')).toContain(`script-src 'self';`);
  });

  it('sends a live visitor without a session to sign in, with the way back', async () => {
    await start();
    const signedOut = await harness.call('/service-tokens?state=INACTIVE', { headers: html });
    expect(signedOut.response.status).toBe(302);
    expect(signedOut.response.headers.get('location')).toBe(
      '/sign-in?returnTo=%2Fservice-tokens%3Fstate%3DINACTIVE',
    );
    expect((await harness.call('/sign-in', { headers: html })).response.status).toBe(200);
    await harness.signIn();
    expect((await harness.call('/service-tokens', { headers: html })).response.status).toBe(200);
    await harness.call('/bff/session', { method: 'DELETE' });
    expect((await harness.call('/service-tokens', { headers: html })).response.status).toBe(302);
  });

  it('serves fingerprinted files for a year, other files revalidated, and 404s the rest', async () => {
    await start({ PORTAL_MODE: 'demo' });
    const asset = await harness.call('/assets/entry.client-abc.js');
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
