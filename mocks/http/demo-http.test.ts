import { describe, expect, it, vi } from 'vitest';
import { DEMO_BEARER, TOKENS } from '../seed/fixtures';
import { api, control, origin } from '../test/demo-api';
import { requests } from '../test/requests';
import { latencyMs } from './simulation';

const create = (options: { bearer?: string | null } = {}) =>
  api('POST', '/fabric/v4/serviceTokens', { body: requests.asideDot1q(), ...options });

describe('authentication', () => {
  it('answers 401 EQ-3000039 without a bearer, or with a bearer it did not issue', async () => {
    for (const bearer of [null, 'somebody-else']) {
      const result = await create({ bearer });
      expect(result.status).toBe(401);
      expect(result.body[0].errorCode).toBe('EQ-3000039');
    }
  });

  it('answers 401 after the session expires, until it is renewed', async () => {
    await control('session/expire');
    expect((await create()).status).toBe(401);
    const renewed = await control('session');
    expect(renewed.body).toMatchObject({
      access_token: expect.stringMatching(/^demo-session-/),
      token_type: 'Bearer',
    });
    expect((await create({ bearer: renewed.body.access_token })).status).toBe(201);
  });
});

describe('the read-only role', () => {
  it('answers 403 EQ-3045003 on every write', async () => {
    await control('settings', { role: 'READ_ONLY' });
    const writes = [
      await create(),
      await api('PATCH', `/fabric/v4/serviceTokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`, {
        body: [{ op: 'replace', path: '/name', value: 'x' }],
      }),
      await api('DELETE', `/fabric/v4/serviceTokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`),
      await api('POST', `/fabric/v4/serviceTokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}/actions`, {
        body: { type: 'RESEND_EMAIL_NOTIFICATION' },
      }),
      await api('POST', '/fabric/v4/connections', { body: {} }),
    ];
    for (const result of writes) {
      expect(result.status).toBe(403);
      expect(result.body[0].errorCode).toBe('EQ-3045003');
    }
  });

  it('still reads and searches', async () => {
    await control('settings', { role: 'READ_ONLY' });
    expect(
      (await api('GET', `/fabric/v4/serviceTokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`)).status,
    ).toBe(200);
    expect((await api('POST', '/fabric/v4/serviceTokens/search', { body: {} })).status).toBe(200);
  });
});

describe('failures and the network', () => {
  // The contract declares 500 for search, read, change and delete (not for create), so the
  // injected failures are tested there.
  const search = () => api('POST', '/fabric/v4/serviceTokens/search', { body: {} });

  it('fails the next matching request once (failNext)', async () => {
    await control('settings', {
      failNext: { method: 'POST', pathPattern: '/fabric/v4/serviceTokens/search', status: 500 },
    });
    expect((await api('GET', `/fabric/v4/serviceTokens/${TOKENS.ACTIVE_ASIDE}`)).status).toBe(200);
    const failed = await search();
    expect(failed.status).toBe(500);
    expect(failed.body[0].errorCode).toBe('EQ-3045004');
    expect((await search()).status).toBe(200);
  });

  it('serves an answer of the test’s choosing once, whatever its shape (failNext.answer)', async () => {
    await control('settings', {
      failNext: {
        method: 'POST',
        pathPattern: '/fabric/v4/serviceTokens/search',
        status: 200,
        answer: { data: 'not-an-array' },
      },
    });
    const served = await fetch(`${origin}/fabric/v4/serviceTokens/search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_BEARER}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ data: 'not-an-array' });
    expect((await search()).status).toBe(200);
  });

  it('leaves a request unanswered until it is given up (failNext.hang)', async () => {
    await control('settings', {
      failNext: { method: 'GET', pathPattern: '/ne/v1/devices', status: 0, hang: true },
    });
    const request = fetch(`${origin}/ne/v1/devices`, {
      headers: { Authorization: `Bearer ${DEMO_BEARER}` },
      signal: AbortSignal.timeout(300),
    });
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
    expect((await api('GET', '/ne/v1/devices')).status).toBe(200);
  });

  it('matches failNext paths with *', async () => {
    await control('settings', {
      failNext: { method: '*', pathPattern: '/fabric/v4/serviceTokens/*', status: 500 },
    });
    expect((await api('GET', `/fabric/v4/serviceTokens/${TOKENS.ACTIVE_ASIDE}`)).status).toBe(500);
  });

  it('answers 500 EQ-3045004 at the failure rate', async () => {
    await control('settings', { failureRate: 1 });
    const result = await search();
    expect(result.status).toBe(500);
    expect(result.body[0].errorCode).toBe('EQ-3045004');
    await control('settings', { failureRate: 0 });
    expect((await search()).status).toBe(200);
  });

  it('fails every request as a network error when offline', async () => {
    await control('settings', { offline: true });
    await expect(
      fetch(`${origin}/fabric/v4/serviceTokens/search`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
    await control('settings', { offline: false });
    expect((await api('POST', '/fabric/v4/serviceTokens/search', { body: {} })).status).toBe(200);
  });

  it('delays API answers by the latency setting, but not the control endpoints', async () => {
    await control('settings', { latency: 'slow' });
    const controlStarted = performance.now();
    await control('state');
    expect(performance.now() - controlStarted).toBeLessThan(2000);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await control('settings', { latency: 'realistic' });
    const started = performance.now();
    await api('GET', `/fabric/v4/serviceTokens/${TOKENS.ACTIVE_ASIDE}`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(99);
  });

  it('waits 100 to 400 ms when realistic, 3 s when slow', () => {
    const random = vi.spyOn(Math, 'random');
    random.mockReturnValue(0);
    expect(latencyMs('realistic')).toBe(100);
    random.mockReturnValue(0.999);
    expect(latencyMs('realistic')).toBeLessThanOrEqual(400);
    expect(latencyMs('slow')).toBe(3000);
    expect(latencyMs('none')).toBe(0);
  });

  it('gives every error a fresh correlation id, in the body and the header', async () => {
    const first = await create({ bearer: null });
    const second = await create({ bearer: null });
    expect(first.body[0].correlationId).toBe(first.headers.get('x-correlation-id'));
    expect(first.body[0].correlationId).not.toBe(second.body[0].correlationId);
  });
});
