import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-harness';

let harness: Harness;
afterEach(() => harness?.close());

const from = (address: string) => ({ 'x-forwarded-for': address });
const madeUpToken = 'x'.repeat(15 * 1024);

describe('sessions (flooding)', () => {
  it('exist only once the API accepted a hand-given access token: made-up tokens take no room', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true', SIGN_IN_FAILURES: '1000' } });
    harness.script.api = () => ({ status: 401, body: [] });
    const statuses = new Set<number>();
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { response } = await harness.call('/bff/session', {
        method: 'POST',
        json: { accessToken: `${madeUpToken}${attempt}` },
        headers: from(`198.51.100.${attempt}`),
      });
      statuses.add(response.status);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(statuses).toEqual(new Set([401]));
    // Each was checked with one cheap call, and none is stored.
    expect(harness.apiRequests).toHaveLength(50);
    expect(harness.apiRequests[0]?.url).toBe('/fabric/v4/serviceTokens?offset=0&limit=1');
  });

  it('are capped per client address: the flood gets 429 before the API is asked', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true', SESSIONS_PER_ADDRESS: '3' } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      harness.setCookie(undefined);
      statuses.push((await harness.signIn()).response.status);
    }
    expect(statuses).toEqual([204, 204, 204, 429, 429, 429]);
    expect(harness.tokenRequests).toHaveLength(3);
    const refused = await harness.signIn();
    expect(refused.json()).toEqual([
      expect.objectContaining({ errorCode: 'BFF-TOO-MANY-SESSIONS' }),
    ]);
    expect(refused.response.headers.get('retry-after')).toBe('60');
  });

  it('are capped in total, across addresses', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true', SESSIONS_MAX: '5' } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      harness.setCookie(undefined);
      const { response } = await harness.call('/bff/session', {
        method: 'POST',
        json: { clientId: 'client-a', clientSecret: 's3cret' },
        headers: from(`198.51.100.${attempt}`),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429, 429]);
  });

  it('make room again as they are signed out or replaced', async () => {
    harness = await startHarness({ env: { SESSIONS_PER_ADDRESS: '1' } });
    expect((await harness.signIn()).response.status).toBe(204);
    // Signing in again from the same browser replaces its session.
    expect((await harness.signIn()).response.status).toBe(204);
    await harness.call('/bff/session', { method: 'DELETE' });
    expect((await harness.signIn()).response.status).toBe(204);
  });

  it('end after 30 idle minutes, and after 12 hours however busy', async () => {
    harness = await startHarness();
    await harness.signIn();
    harness.advanceClock(29 * 60_000);
    expect((await harness.call('/fabric/v4/serviceTokens')).response.status).toBe(200);
    harness.advanceClock(31 * 60_000);
    expect((await harness.call('/fabric/v4/serviceTokens')).response.status).toBe(401);

    await harness.signIn();
    for (let hour = 0; hour < 12 * 3; hour += 1) {
      harness.advanceClock(20 * 60_000);
      const { json } = await harness.call('/bff/session');
      if (hour < 12 * 3 - 1) expect(json()).toMatchObject({ signedIn: true });
    }
    const after = await harness.call('/bff/session');
    expect(after.json()).toMatchObject({ signedIn: false });
  });
});
