import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-harness';

let harness: Harness;
afterEach(() => harness?.close());

const refusal = { status: 400, body: { error_code: 'IC-LG-01', error_message: 'Invalid client' } };

/** A sign-in from one client address (TRUST_PROXY lets the test name it). */
const from = (address: string) => ({ 'x-forwarded-for': address });

async function signInWith(clientId: string, clientSecret: string, address = '203.0.113.1') {
  return harness.call('/bff/session', {
    method: 'POST',
    json: { clientId, clientSecret },
    headers: from(address),
  });
}

describe('the sign-in limit', () => {
  it('relays 5 wrong secrets for a client id to the token API, then answers 429 without asking it', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true' } });
    harness.script.token = () => refusal;
    const statuses: number[] = [];
    // From many addresses, as a distributed guess would come: the client id is what is protected.
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const { response } = await signInWith(
        'team-client',
        `guess-${attempt}`,
        `198.51.100.${attempt}`,
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    expect(harness.tokenRequests).toHaveLength(5);

    const { response, json } = await signInWith('team-client', 'the-right-one', '198.51.100.99');
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(json()).toEqual([
      {
        errorCode: 'BFF-TOO-MANY-SIGN-INS',
        errorMessage: expect.stringContaining('Try again in 15 minutes'),
      },
    ]);
  });

  it('limits one client address trying many client ids the same way', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true' } });
    harness.script.token = () => refusal;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signInWith(`client-${attempt}`, 'wrong')).response.status).toBe(401);
    }
    expect((await signInWith('client-new', 'wrong')).response.status).toBe(429);
    // Another address, another client id: not affected.
    expect((await signInWith('client-other', 'wrong', '203.0.113.2')).response.status).toBe(401);
  });

  it('counts failures only: a team that signs in often never meets it', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true', SESSIONS_PER_ADDRESS: '100' } });
    for (let attempt = 0; attempt < 12; attempt += 1) {
      expect((await signInWith('team-client', 's3cret')).response.status).toBe(204);
    }
  });

  it('lets the client id try again once the window has passed', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true', SIGN_IN_WINDOW_MINUTES: '1' } });
    harness.script.token = () => refusal;
    for (let attempt = 0; attempt < 5; attempt += 1) await signInWith('team-client', 'wrong');
    expect((await signInWith('team-client', 'wrong')).response.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.advanceClock(61_000);
    harness.script.token = () => ({
      status: 200,
      body: { access_token: 'fresh', token_timeout: '3599' },
    });
    expect((await signInWith('team-client', 'right')).response.status).toBe(204);
  });
});
