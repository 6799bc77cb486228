import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../app';
import { browser, logCollector, startUpstream, testConfig, type Upstream } from '../test-harness';
import { redisSkipReason, startRedis } from '../test-redis';

/**
 * Two instances behind one load balancer share one Redis: a session and the sign-in limit hold
 * whichever instance a request reaches, and across a restart.
 */
describe.skipIf(redisSkipReason)('two instances sharing one Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let upstream: Upstream;
  let redisEnv: NodeJS.ProcessEnv = {};
  let issueTokens: Upstream['script']['token'];
  const env = () => ({ REDIS_URL: redis.url, ...redisEnv });
  const instance = async () =>
    buildServer(testConfig(upstream.url, env()), {
      page: { kind: 'none' },
      logStream: logCollector().stream,
    });

  beforeAll(async () => {
    redis = await startRedis();
    upstream = await startUpstream();
    issueTokens = upstream.script.token;
  });
  // Each story starts from an empty Redis (the sign-in limit counts per address, here 127.0.0.1).
  beforeEach(async () => {
    redisEnv = {};
    upstream.script.token = issueTokens;
    const client = new Redis(redis.url);
    await client.flushall();
    await client.quit();
  });
  afterAll(async () => {
    await upstream?.close();
    await redis?.stop();
  });

  it('signs in through A, works through B, survives A’s restart, and signs out everywhere', async () => {
    let a = await instance();
    const b = await instance();
    const throughA = browser(a);
    expect((await throughA.signIn()).response.status).toBe(204);
    const cookie = throughA.cookie();

    const throughB = browser(b);
    throughB.setCookie(cookie);
    expect((await throughB.call('/fabric/v4/serviceTokens')).response.status).toBe(200);
    expect(upstream.apiRequests.at(-1)?.headers.authorization).toBe('Bearer bearer-1');

    await a.close();
    a = await instance();
    const afterRestart = browser(a);
    afterRestart.setCookie(cookie);
    expect((await afterRestart.call('/bff/session')).json()).toMatchObject({
      signedIn: true,
      clientId: 'client-a',
    });
    expect((await afterRestart.call('/fabric/v4/serviceTokens')).response.status).toBe(200);

    expect((await throughB.call('/bff/session', { method: 'DELETE' })).response.status).toBe(204);
    const refused = await afterRestart.call('/fabric/v4/serviceTokens');
    expect(refused.response.status).toBe(401);
    expect((await a.inject({ url: '/readyz' })).statusCode).toBe(200);
    await Promise.all([a.close(), b.close()]);
  });

  it('counts failed sign-ins across both instances', async () => {
    const a = await instance();
    const b = await instance();
    upstream.script.token = () => ({ status: 400, body: { error_message: 'Invalid client' } });
    const signIn = (server: typeof a) =>
      browser(server).signIn({ clientId: 'shared-client', clientSecret: 'wrong' });
    const statuses: number[] = [];
    for (const server of [a, b, a, b, a, b, a])
      statuses.push((await signIn(server)).response.status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    await Promise.all([a.close(), b.close()]);
  });

  it('caps the sessions of one address across both instances', async () => {
    redisEnv = { SESSIONS_PER_ADDRESS: '2' };
    const a = await instance();
    const b = await instance();
    const statuses: number[] = [];
    for (const server of [a, b, a, b])
      statuses.push((await browser(server).signIn()).response.status);
    expect(statuses).toEqual([204, 204, 429, 429]);
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps the stored credentials sealed: the secret and the token are not in Redis', async () => {
    const a = await instance();
    upstream.script.token = () => ({
      status: 200,
      body: { access_token: 'token-that-must-not-show', token_timeout: '3599' },
    });
    await browser(a).signIn({
      clientId: 'sealed-client',
      clientSecret: 'secret-that-must-not-show',
    });
    const client = new Redis(redis.url);
    const keys = await client.keys('fabric-portal:session:*');
    const values = await Promise.all(keys.map((key) => client.get(key)));
    await client.quit();
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(value).not.toContain('secret-that-must-not-show');
      expect(value).not.toContain('token-that-must-not-show');
      expect(value).not.toContain('sealed-client');
    }
    await a.close();
  });

  it('is not ready while Redis does not answer', async () => {
    const down = await buildServer(testConfig(upstream.url, { REDIS_URL: 'redis://127.0.0.1:1' }), {
      page: { kind: 'none' },
      logStream: logCollector().stream,
    });
    const answer = await down.inject({ url: '/readyz' });
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toEqual([expect.objectContaining({ errorCode: 'PORTAL-NOT-READY' })]);
    expect((await down.inject({ url: '/healthz' })).statusCode).toBe(200);
    await down.close();
  });
});
