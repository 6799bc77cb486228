import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-harness';
import { upstreamUrl } from './proxy';

let harness: Harness;
afterEach(() => harness?.close());

const forbidden = [
  {
    errorCode: 'EQ-3045003',
    errorMessage: 'Operation not allowed',
    correlationId: 'c-403',
    details: 'User does not have permission',
  },
];

describe('the proxy to the API', () => {
  it('forwards method, path, query, raw body and content type with the bearer, never the cookie', async () => {
    harness = await startHarness();
    await harness.signIn();
    harness.script.api = () => ({
      status: 200,
      headers: { 'x-correlation-id': 'corr-1', 'x-internal': 'secret-ish' },
      body: { uuid: 't-1' },
    });
    const patch = '[{"op":"replace","path":"/expirationDateTime","value":"2030-01-01T00:00:00Z"}]';
    const { response, text } = await harness.call('/fabric/v4/serviceTokens/t-1?dryRun=false', {
      method: 'PATCH',
      body: patch,
      headers: {
        'Content-Type': 'application/json-patch+json',
        Accept: 'application/json',
        Authorization: 'Bearer from-the-page',
      },
    });

    const [seen] = harness.apiRequests;
    expect(seen?.method).toBe('PATCH');
    expect(seen?.url).toBe('/fabric/v4/serviceTokens/t-1?dryRun=false');
    expect(seen?.body.toString()).toBe(patch);
    expect(seen?.headers['content-type']).toBe('application/json-patch+json');
    expect(seen?.headers.accept).toBe('application/json');
    expect(seen?.headers.authorization).toBe('Bearer bearer-1');
    expect(seen?.headers.cookie).toBeUndefined();

    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ uuid: 't-1' });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-correlation-id')).toBe('corr-1');
    expect(response.headers.get('x-internal')).toBeNull();
  });

  it('forwards Network Edge requests the same way', async () => {
    harness = await startHarness();
    await harness.signIn();
    const { response } = await harness.call('/ne/v1/devices?offset=0&limit=100&status=PROVISIONED');
    expect(response.status).toBe(200);
    expect(harness.apiRequests[0]?.url).toBe(
      '/ne/v1/devices?offset=0&limit=100&status=PROVISIONED',
    );
  });

  it('answers 401 EQ-3000039 without a session, and calls nobody', async () => {
    harness = await startHarness();
    const { response, json } = await harness.call('/fabric/v4/serviceTokens');
    expect(response.status).toBe(401);
    expect(json()).toEqual([{ errorCode: 'EQ-3000039', errorMessage: 'Sign in to continue' }]);
    expect(harness.apiRequests).toHaveLength(0);
  });

  it('passes the API’s errors on unchanged (403 with the role message, 400 not found)', async () => {
    harness = await startHarness();
    await harness.signIn();
    harness.script.api = (request) =>
      request.method === 'DELETE'
        ? { status: 403, body: forbidden }
        : { status: 400, body: [{ errorCode: 'EQ-3034016', errorMessage: 'Token not found' }] };

    const denied = await harness.call('/fabric/v4/serviceTokens/t-1', { method: 'DELETE' });
    expect(denied.response.status).toBe(403);
    expect(denied.json()).toEqual(forbidden);
    const missing = await harness.call('/fabric/v4/serviceTokens/nope');
    expect(missing.response.status).toBe(400);
    expect(missing.json()).toEqual([{ errorCode: 'EQ-3034016', errorMessage: 'Token not found' }]);
  });

  it('mints a new token a minute before the old one expires', async () => {
    // Idle longer than the token lives, which the default 30 minutes would not allow.
    harness = await startHarness({ env: { SESSION_IDLE_MINUTES: '120' } });
    await harness.signIn();
    await harness.call('/fabric/v4/metros');
    harness.advanceClock(3599_000 - 61_000);
    await harness.call('/fabric/v4/metros');
    expect(harness.tokenRequests).toHaveLength(1);

    harness.advanceClock(2_000);
    await harness.call('/fabric/v4/metros');
    expect(harness.tokenRequests).toHaveLength(2);
    expect(harness.apiRequests.map((request) => request.headers.authorization)).toEqual([
      'Bearer bearer-1',
      'Bearer bearer-1',
      'Bearer bearer-2',
    ]);
  });

  it('mints once and retries once when the API answers 401', async () => {
    harness = await startHarness();
    await harness.signIn();
    harness.script.api = (request) =>
      request.headers.authorization === 'Bearer bearer-1'
        ? { status: 401, body: [{ errorCode: 'EQ-3000039', errorMessage: 'Token expired' }] }
        : { status: 200, body: { data: [] } };

    const { response, json } = await harness.call('/fabric/v4/serviceTokens/search', {
      method: 'POST',
      body: '{"filter":{}}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(json()).toEqual({ data: [] });
    expect(harness.tokenRequests).toHaveLength(2);
    expect(harness.apiRequests.map((request) => request.body.toString())).toEqual([
      '{"filter":{}}',
      '{"filter":{}}',
    ]);
  });

  it('passes a second 401 on, so the page asks the user to sign in again', async () => {
    harness = await startHarness();
    await harness.signIn();
    harness.script.api = () => ({
      status: 401,
      body: [{ errorCode: 'EQ-3000039', errorMessage: 'User not found' }],
    });
    const { response, json } = await harness.call('/fabric/v4/serviceTokens');
    expect(response.status).toBe(401);
    expect(json()).toEqual([{ errorCode: 'EQ-3000039', errorMessage: 'User not found' }]);
    expect(harness.apiRequests).toHaveLength(2);
    expect(harness.tokenRequests).toHaveLength(2);
  });

  it('shares one new token between requests that were refused together', async () => {
    harness = await startHarness();
    await harness.signIn();
    harness.script.api = (request) =>
      request.headers.authorization === 'Bearer bearer-1'
        ? { status: 401, body: [] }
        : { status: 200, body: {} };
    const answers = await Promise.all(
      ['/fabric/v4/metros', '/fabric/v4/ports', '/fabric/v4/serviceTokens'].map((path) =>
        harness.call(path),
      ),
    );
    expect(answers.map(({ response }) => response.status)).toEqual([200, 200, 200]);
    expect(harness.tokenRequests).toHaveLength(2);
  });

  it('passes a 401 straight on for a hand-given access token: there is nothing to renew it with', async () => {
    harness = await startHarness();
    await harness.signIn({ accessToken: 'hand-given-token' });
    harness.script.api = () => ({ status: 401, body: [] });
    const { response } = await harness.call('/fabric/v4/serviceTokens');
    expect(response.status).toBe(401);
    expect(harness.tokenRequests).toHaveLength(0);
    // The sign-in's own check, then the page's request, and no retry.
    expect(harness.apiRequests.map((request) => request.headers.authorization)).toEqual([
      'Bearer hand-given-token',
      'Bearer hand-given-token',
    ]);
  });

  it('answers 502 BFF-UNREACHABLE when the API cannot be reached', async () => {
    harness = await startHarness();
    await harness.signIn();
    await harness.stopUpstream();
    const { response, json } = await harness.call('/fabric/v4/serviceTokens');
    expect(response.status).toBe(502);
    expect(json()).toEqual([
      {
        errorCode: 'BFF-UNREACHABLE',
        errorMessage: expect.stringMatching(
          new RegExp(`^Could not reach ${harness.upstreamUrl}: .*ECONNREFUSED`),
        ),
      },
    ]);
  });

  it('answers 504 BFF-UNREACHABLE when the API does not answer in time', async () => {
    harness = await startHarness({ env: { UPSTREAM_TIMEOUT_SECONDS: '0.3' } });
    await harness.signIn();
    harness.script.api = () => new Promise(() => {});
    const { response, json } = await harness.call('/fabric/v4/serviceTokens');
    expect(response.status).toBe(504);
    expect(response.headers.get('content-security-policy')).toContain(`default-src 'self'`);
    expect(json()).toEqual([
      {
        errorCode: 'BFF-UNREACHABLE',
        errorMessage: `Could not reach ${harness.upstreamUrl}: no answer within 0.3 s`,
      },
    ]);
  });

  it('answers 404 for paths the BFF does not serve, in the API’s error shape', async () => {
    harness = await startHarness();
    const { response, json } = await harness.call('/bff/tokens');
    expect(response.status).toBe(404);
    expect(json()).toEqual([expect.objectContaining({ errorCode: 'BFF-NOT-FOUND' })]);
  });
});

describe('upstreamUrl', () => {
  it('joins the base URL and the page’s path', () => {
    expect(upstreamUrl('https://api.example.com', '/fabric/v4/ports?name=a')).toBe(
      'https://api.example.com/fabric/v4/ports?name=a',
    );
    expect(upstreamUrl('https://gw.example.com/equinix', '/ne/v1/devices')).toBe(
      'https://gw.example.com/equinix/ne/v1/devices',
    );
  });

  it('refuses paths that dot-segments would take outside the forwarded API families', () => {
    expect(upstreamUrl('https://api.example.com', '/fabric/../oauth2/v1/token')).toBeUndefined();
    expect(upstreamUrl('https://api.example.com', '/fabric/%2e%2e/admin')).toBeUndefined();
    expect(upstreamUrl('https://api.example.com', '/ne/..%2f..%2fx')).toBe(
      'https://api.example.com/ne/..%2f..%2fx',
    );
  });
});
