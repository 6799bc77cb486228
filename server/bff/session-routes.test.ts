import { afterEach, describe, expect, it } from 'vitest';
import { closedPortUrl, startHarness, type Harness } from '../test-harness';

let harness: Harness;
afterEach(() => harness?.close());

describe('POST /bff/session with client credentials', () => {
  it('exchanges them at the token API as the auth spec has it and sets an HttpOnly cookie', async () => {
    harness = await startHarness();
    const { response, text } = await harness.signIn();

    expect(response.status).toBe(204);
    expect(text).toBe('');
    const [request] = harness.tokenRequests;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body.toString() ?? '')).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-a',
      client_secret: 's3cret-A',
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^fabric_portal_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure when the page came over https', async () => {
    harness = await startHarness({ env: { TRUST_PROXY: 'true' } });
    const { response } = await harness.call('/bff/session', {
      method: 'POST',
      json: { clientId: 'client-a', clientSecret: 's3cret-A' },
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-fabric_portal_session=.*; Secure/);
  });

  it('never sends the secret or the bearer token back to the page', async () => {
    harness = await startHarness();
    await harness.signIn();
    const status = await harness.call('/bff/session');
    await harness.call('/fabric/v4/serviceTokens?offset=0&limit=20');
    await harness.call('/bff/session', { method: 'DELETE' });

    expect(status.json()).toMatchObject({
      signedIn: true,
      clientId: 'client-a',
      source: 'session',
    });
    const everything = harness.answered.join('\n');
    expect(everything).not.toContain('s3cret-A');
    expect(everything).not.toContain('bearer-1');
  });

  it('answers 401 with the token API’s code, status and correlation id when the credentials are wrong', async () => {
    harness = await startHarness();
    harness.script.token = () => ({
      status: 400,
      headers: { 'x-correlation-id': 'corr-42' },
      body: {
        error_domain: 'apigateway',
        error_title: 'Invalid client',
        error_code: 'IC-LG-01',
        developer_message: 'client_id or client_secret is invalid',
        error_message: 'Please enter a valid client id and client secret.',
      },
    });
    const { response, json } = await harness.signIn();

    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(json()).toEqual([
      {
        errorCode: 'IC-LG-01',
        errorMessage: 'The token API refused them (HTTP 400)',
        correlationId: 'corr-42',
      },
    ]);
    expect((await harness.call('/bff/session')).json()).toMatchObject({ signedIn: false });
  });

  it('never relays what a token API echoes of the request, the secret included', async () => {
    harness = await startHarness();
    harness.script.token = () => {
      const sent = harness.tokenRequests.at(-1)?.body.toString('utf8') ?? '';
      const secret = (JSON.parse(sent) as { client_secret: string }).client_secret;
      return {
        status: 401,
        body: {
          error_code: secret,
          error_message: `Bad request: ${sent}`,
          developer_message: sent,
        },
      };
    };
    const { response, text } = await harness.signIn({
      clientId: 'client-a',
      clientSecret: 'echoed-S3cret',
    });
    expect(response.status).toBe(401);
    expect(text).not.toContain('echoed-S3cret');
    expect(text).toContain('BFF-TOKEN-REJECTED');
  });

  it('answers 502 naming the URL when the API cannot be reached', async () => {
    harness = await startHarness({ env: { FABRIC_ALLOWED_API_URLS: '*' } });
    const closed = await closedPortUrl();
    const { response, json } = await harness.signIn({
      apiBaseUrl: closed,
      clientId: 'client-a',
      clientSecret: 's3cret-A',
    });
    expect(response.status).toBe(502);
    expect(json()).toEqual([
      {
        errorCode: 'BFF-UNREACHABLE',
        errorMessage: `Could not reach ${closed}: the connection was refused (ECONNREFUSED)`,
      },
    ]);
  });

  it('gives up on a token API that does not answer within the timeout', async () => {
    harness = await startHarness({ env: { UPSTREAM_TIMEOUT_SECONDS: '0.3' } });
    harness.script.token = () => new Promise(() => {});
    const { response, json } = await harness.signIn();
    expect(response.status).toBe(504);
    expect(json()).toEqual([
      expect.objectContaining({ errorMessage: expect.stringMatching(/no answer within 0.3 s$/) }),
    ]);
  });

  it('refuses an API base URL the server does not allow, beside the field', async () => {
    harness = await startHarness();
    const { response, json } = await harness.signIn({
      apiBaseUrl: 'http://169.254.169.254',
      accessToken: 'anything',
    });
    expect(response.status).toBe(400);
    expect(json()).toEqual([
      expect.objectContaining({
        additionalInfo: [
          { property: 'apiBaseUrl', reason: expect.stringContaining(harness.upstreamUrl) },
        ],
      }),
    ]);
  });

  it('names the missing field when the sign-in is incomplete', async () => {
    harness = await startHarness();
    const { response, json } = await harness.signIn({ clientId: 'client-a' });
    expect(response.status).toBe(400);
    expect(json()).toEqual([
      expect.objectContaining({
        additionalInfo: [expect.objectContaining({ property: 'clientSecret' })],
      }),
    ]);
    expect(harness.tokenRequests).toHaveLength(0);
  });

  it('refuses a sign-in posted from another origin', async () => {
    harness = await startHarness();
    const { response } = await harness.call('/bff/session', {
      method: 'POST',
      json: { clientId: 'client-a', clientSecret: 's3cret-A' },
      headers: { Origin: 'http://127.0.0.1:1' },
    });
    expect(response.status).toBe(403);
    expect(harness.tokenRequests).toHaveLength(0);
  });
});

describe('DELETE /bff/session', () => {
  it('clears the cookie and forgets the session on the server', async () => {
    harness = await startHarness();
    await harness.signIn();
    const cookie = harness.cookie();
    const { response } = await harness.call('/bff/session', { method: 'DELETE' });

    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^fabric_portal_session=;.*Max-Age=0/);
    // Even a page that kept the old cookie is signed out.
    harness.setCookie(cookie);
    const after = await harness.call('/fabric/v4/serviceTokens');
    expect(after.response.status).toBe(401);
    expect(after.json()).toEqual([
      { errorCode: 'EQ-3000039', errorMessage: 'Sign in to continue' },
    ]);
  });
});

describe('the server’s own credentials (FABRIC_CLIENT_ID / FABRIC_CLIENT_SECRET)', () => {
  it('signs a page without a cookie in, and says so', async () => {
    harness = await startHarness({
      env: { FABRIC_CLIENT_ID: 'from-env', FABRIC_CLIENT_SECRET: 'env-secret' },
    });
    expect((await harness.call('/bff/session')).json()).toMatchObject({
      signedIn: true,
      source: 'environment',
      clientId: 'from-env',
    });
    const { response } = await harness.call('/fabric/v4/serviceTokens');
    expect(response.status).toBe(200);
    expect(harness.apiRequests[0]?.headers.authorization).toBe('Bearer bearer-1');
  });
});
