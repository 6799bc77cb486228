import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../app';
import { configFromEnv } from '../config';
import { logCollector } from '../test-harness';

/**
 * `npm start`: Vite runs inside the server, so its answers (modules, its client, a preflight)
 * pass the same headers and Host check as everything else, and its CORS layer is off.
 */
describe('the development server (Vite in middleware mode)', () => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    app = await buildServer(configFromEnv({}, 'dev'), {
      page: { kind: 'dev' },
      logStream: logCollector().stream,
    });
    await app.ready();
  }, 60_000);
  afterAll(() => app?.close());

  it('renders the page from the sources, as the build would, with the mode written in', async () => {
    const page = await app.inject({ url: '/service-tokens', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('virtual:react-router/inject-hmr-runtime');
    expect(page.body).toContain('<meta name="portal-mode" content="demo"/>');
    expect(page.body).toMatch(/<h1[^>]*>Service Token Inventory<\/h1>/);
    // Its inline scripts (Fast Refresh, the router's) are allowed by their hashes only.
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(page.headers['content-security-policy']).not.toContain("unsafe-inline' 'sha");
  });

  it('puts the headers on Vite’s own answers and never answers another origin’s preflight', async () => {
    const answers = [
      await app.inject({ url: '/src/app/entry.client.tsx' }),
      await app.inject({ url: '/@vite/client' }),
      await app.inject({
        method: 'OPTIONS',
        url: '/src/app/entry.client.tsx',
        headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' },
      }),
      await app.inject({ url: '/src/app/entry.client.tsx', headers: { host: 'evil.example' } }),
    ];
    const [module, client, , refusedHost] = answers;
    expect([module?.statusCode, client?.statusCode, refusedHost?.statusCode]).toEqual([
      200, 200, 403,
    ]);
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toContain(`default-src 'self'`);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
