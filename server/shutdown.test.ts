import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test-harness';

let harness: Harness;
afterEach(() => harness?.close());

describe('closing the server (SIGTERM, server/main.ts)', () => {
  it('stops taking requests but lets the one in flight finish', async () => {
    harness = await startHarness();
    await harness.signIn();
    harness.script.api = () =>
      new Promise((resolve) =>
        setTimeout(() => resolve({ status: 200, body: { slow: true } }), 500),
      );
    await harness.app.listen({ port: 0, host: '127.0.0.1' });
    const address = harness.app.server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const cookie = harness.cookie() ?? '';

    const inFlight = fetch(`${origin}/fabric/v4/serviceTokens`, { headers: { cookie } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = harness.app.close();
    const late = await fetch(`${origin}/healthz`).then(
      (response) => response.status,
      () => 'refused',
    );
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ slow: true });
    expect([503, 'refused']).toContain(late);
    await closing;
  });
});
