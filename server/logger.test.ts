import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test-harness';

let harness: Harness;
afterEach(() => harness?.close());

const logText = () => harness.log.map((line) => JSON.stringify(line)).join('\n');

describe('the log', () => {
  it('is one line, without a stack, for a client that leaves in the middle of its request body', async () => {
    harness = await startHarness();
    await harness.app.listen({ port: 0, host: '127.0.0.1' });
    const address = harness.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /bff/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            'Content-Length: 1000\r\n\r\n{"clientId":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const lines = harness.log.filter(
      (line) => (line.req as { url?: string } | undefined)?.url === '/bff/session',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'client closed the request' });
    expect(logText()).not.toMatch(/stack|Error: aborted/);
  });

  it('never holds the secret, the bearer token or the session cookie', async () => {
    harness = await startHarness();
    harness.app.log.info(
      {
        headers: { authorization: 'Bearer bearer-1', cookie: 'fabric_portal_session=abc' },
        body: { clientId: 'client-a', clientSecret: 's3cret-A' },
      },
      'a careless log call',
    );
    await harness.signIn();
    const cookie = harness.cookie() ?? '';
    await harness.call('/fabric/v4/serviceTokens?name=x');
    await harness.call('/bff/session', { method: 'DELETE' });

    const text = logText();
    expect(text).toContain('a careless log call');
    expect(text).toContain('[redacted]');
    for (const secret of ['s3cret-A', 'bearer-1', cookie.split('=')[1] ?? '', 'abc']) {
      expect(secret).not.toBe('');
      expect(text).not.toContain(secret);
    }
  });

  it('is JSON, one line per request, with method, path, status and time', async () => {
    harness = await startHarness();
    await harness.call('/healthz');
    const requests = harness.log.filter((line) => line.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({
        level: 30,
        req: expect.objectContaining({ method: 'GET', url: '/healthz' }),
        status: 200,
        ms: expect.any(Number),
      }),
    ]);
  });
});
