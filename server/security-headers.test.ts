import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test-harness';
import { testDist } from './test-dist';

let harness: Harness;
afterEach(() => harness?.close());

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

const foreign = 'http://127.0.0.1:1';

describe('the security headers', () => {
  it('are on every answer: files, pages, the BFF, the proxy, errors, 404s, preflights, refused hosts', async () => {
    harness = await startHarness({ page: { kind: 'dist', dir: await testDist() } });
    await harness.signIn();
    const html = { accept: 'text/html' };
    const answers = {
      asset: await harness.call('/assets/entry.client-abc.js'),
      favicon: await harness.call('/favicon.svg'),
      page: await harness.call('/service-tokens', { headers: html }),
      unknownPage: await harness.call('/no/such/page', { headers: html }),
      missingAsset: await harness.call('/assets/gone-123.js'),
      session: await harness.call('/bff/session'),
      proxied: await harness.call('/fabric/v4/serviceTokens'),
      invalidJson: await harness.call('/bff/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
      unknownBff: await harness.call('/bff/nothing'),
      health: await harness.call('/healthz'),
      preflight: await harness.call('/bff/session', {
        method: 'OPTIONS',
        headers: { origin: foreign, 'access-control-request-method': 'POST' },
      }),
      foreignWrite: await harness.call('/bff/session', {
        method: 'POST',
        headers: { origin: foreign },
        json: {},
      }),
      refusedHost: await harness.call('/service-tokens', {
        headers: { ...html, host: 'attacker.example' },
      }),
    };
    expect(answers.asset.response.status).toBe(200);
    expect(answers.page.response.status).toBe(200);
    expect(answers.proxied.response.status).toBe(200);
    expect(answers.missingAsset.response.status).toBe(404);
    expect(answers.refusedHost.response.status).toBe(403);
    expect(answers.foreignWrite.response.status).toBe(403);
    expect(answers.invalidJson.response.status).toBe(400);
    expect(answers.invalidJson.json()).toEqual([
      expect.objectContaining({ errorCode: 'BFF-INVALID-REQUEST' }),
    ]);
    for (const [name, { response }] of Object.entries(answers)) {
      const headers = response.headers;
      expect(headers.get('content-security-policy'), name).toContain(`default-src 'self'`);
      expect(headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(headers.get('x-frame-options'), name).toBe('DENY');
      expect(headers.get('referrer-policy'), name).toBe('no-referrer');
      expect(headers.get('access-control-allow-origin'), name).toBeNull();
    }
  });

  it('let only same-origin scripts run, and inline styles only', async () => {
    harness = await startHarness();
    const { response } = await harness.call('/healthz');
    const policy = directives(response.headers.get('content-security-policy') ?? '');
    expect(policy.get('script-src')).toBe(`'self'`);
    expect(policy.get('object-src')).toBe(`'none'`);
    expect(policy.get('frame-ancestors')).toBe(`'none'`);
    expect(policy.get('worker-src')).toBe(`'self'`);
    expect(policy.get('style-src')).toContain(`'unsafe-inline'`);
    for (const [name, value] of policy) {
      if (name !== 'style-src') expect(value, name).not.toContain('unsafe-inline');
      expect(value, name).not.toContain('unsafe-eval');
    }
  });
});
