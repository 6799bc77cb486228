import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-harness';

let harness: Harness;
afterEach(() => harness?.close());

const overTls = { 'x-forwarded-proto': 'https' };

describe('the session cookie (cookie tossing)', () => {
  it('is __Host- prefixed over https: Secure, Path=/, no Domain, HttpOnly, SameSite=Strict', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true' } });
    const { response } = await harness.call('/bff/session', {
      method: 'POST',
      json: { clientId: 'client-a', clientSecret: 's3cret-A' },
      headers: overTls,
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-fabric_portal_session=[A-Za-z0-9_-]{43}; /);
    const attributes = cookie.split('; ').slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']),
    );
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('refuses a request that carries two session cookies instead of guessing which is the user’s', async () => {
    harness = await startHarness();
    await harness.signIn({ clientId: 'attacker', clientSecret: 'attacker-secret' });
    const attackers = harness.cookie();
    await harness.signIn({ clientId: 'victim', clientSecret: 'victim-secret' });
    const victims = harness.cookie();
    const before = harness.apiRequests.length;

    // The browser sends the cookie set for the narrower path (the attacker's) first.
    const { response, json } = await harness.call('/fabric/v4/serviceTokens', {
      headers: { cookie: `${attackers}; ${victims}` },
    });
    expect(response.status).toBe(400);
    expect(json()).toEqual([expect.objectContaining({ errorCode: 'BFF-AMBIGUOUS-SESSION' })]);
    expect(harness.apiRequests).toHaveLength(before);

    const status = await harness.call('/bff/session', {
      headers: { cookie: `${victims}; ${attackers}` },
    });
    expect(status.response.status).toBe(400);
  });

  it('ignores the plain-http cookie on https, where only a page on plain http could have set it', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true' } });
    await harness.signIn();
    const plainHttpCookie = harness.cookie() ?? '';
    expect(plainHttpCookie).toMatch(/^fabric_portal_session=/);
    const { response } = await harness.call('/fabric/v4/serviceTokens', {
      headers: { ...overTls, cookie: plainHttpCookie },
    });
    expect(response.status).toBe(401);
  });

  it('keeps no session on plain http except on loopback, where development runs', async () => {
    harness = await startHarness({ env: { ALLOWED_HOSTS: 'portal.example' } });
    const { response } = await harness.call('/bff/session', {
      method: 'POST',
      json: { clientId: 'client-a', clientSecret: 's3cret-A' },
      headers: { host: 'portal.example' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(harness.tokenRequests).toHaveLength(0);
  });
});
