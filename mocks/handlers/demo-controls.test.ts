import { describe, expect, it } from 'vitest';
import { PROJECT_LAB, PROJECT_MAIN, TOKENS } from '../seed/fixtures';
import { api, control } from '../test/demo-api';
import { requests } from '../test/requests';

describe('demo control endpoints', () => {
  it('reports the state', async () => {
    const { body } = await control('state');
    expect(body).toMatchObject({
      seedSize: 'standard',
      latency: 'none',
      failureRate: 0,
      offline: false,
      role: 'FABRIC_MANAGER',
      sessionExpired: false,
    });
    expect(body.tokenCount).toBeGreaterThanOrEqual(60);
    expect(Math.abs(Date.parse(body.now) - Date.now())).toBeLessThan(5000);
  });

  it("names the projects the demo user's ports belong to", async () => {
    const { body } = await control<{ projectId: string; name: string }[]>('projects');
    expect(body).toEqual([
      { projectId: PROJECT_MAIN, name: 'Production network' },
      { projectId: PROJECT_LAB, name: 'Lab' },
    ]);
    const ports = await api('GET', '/fabric/v4/ports');
    const named = new Set(body.map((project) => project.projectId));
    for (const port of ports.body.data) expect(named.has(port.project.projectId)).toBe(true);
  });

  it('resets to the seed: user changes and settings go', async () => {
    const created = await api('POST', '/fabric/v4/serviceTokens', { body: requests.asideDot1q() });
    await control('settings', { latency: 'realistic', role: 'READ_ONLY' });
    await control('clock', { advanceDays: 2 });
    const state = await control('reset');
    expect(state.body).toMatchObject({ latency: 'none', role: 'FABRIC_MANAGER', clockOffsetMs: 0 });
    expect((await api('GET', `/fabric/v4/serviceTokens/${created.body.uuid}`)).status).toBe(400);
  });

  it('switches the seed size', async () => {
    const state = await control('seed', { size: 1000 });
    expect(state.body).toMatchObject({ seedSize: 1000, tokenCount: 1000 });
    const search = await api('POST', '/fabric/v4/serviceTokens/search', {
      body: { pagination: { limit: 1 } },
    });
    expect(search.body.pagination.total).toBe(1000);
    expect((await control('seed', { size: 12 })).status).toBe(400);
    expect((await control('seed', { size: 'standard' })).body.tokenCount).toBeLessThan(1000);
  });

  it('moves the clock forward by hours and days, never back', async () => {
    const { body } = await control('clock', { advanceHours: 5, advanceDays: 1 });
    expect(body.clockOffsetMs).toBe(29 * 3_600_000);
    expect((await control('clock', { advanceDays: -1 })).status).toBe(400);
  });

  it('validates settings', async () => {
    expect((await control('settings', { latency: 'warp' })).status).toBe(400);
    expect((await control('settings', { failureRate: 2 })).status).toBe(400);
    expect((await control('settings', { role: 'ADMIN' })).status).toBe(400);
    expect(
      (await control('settings', { failNext: { method: 'GET', pathPattern: '/x', status: 200 } }))
        .status,
    ).toBe(400);
    const ok = await control('settings', {
      latency: 'slow',
      failureRate: 0.25,
      offline: false,
      failNext: { method: 'GET', pathPattern: '/x', status: 503 },
    });
    expect(ok.body).toMatchObject({
      latency: 'slow',
      failureRate: 0.25,
      failNext: { status: 503 },
    });
  });

  it('redeems as the recipient, with the API error on failure', async () => {
    const result = await control('redeem', {
      serviceTokenId: TOKENS.ASIDE_QINQ_INACTIVE,
      bandwidth: 500,
    });
    expect(result.status).toBe(201);
    expect(result.body.bandwidth).toBe(500);
    const unknown = await control('redeem', {
      serviceTokenId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.body[0].errorCode).toBe('EQ-3034016');
  });
});
