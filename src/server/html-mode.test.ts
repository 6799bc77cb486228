import { mkdtemp, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { criticalCss } from './critical-css';
import { servePageWithMode, withMode } from './html-mode';

const builtPage =
  '<html><head><meta name="portal-mode" content="demo" /><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>';

async function serve(
  url: string,
  accept: string,
  sessionOf?: (req: IncomingMessage) => 'signed-in' | 'signed-out',
) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'portal-dist-'));
  await writeFile(path.join(outDir, 'index.html'), builtPage);
  const headers = new Map<string, unknown>();
  return new Promise<{ passed: boolean; body?: string; headers: Map<string, unknown> }>(
    (resolve) => {
      const res = {
        setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
        end: (body?: string) => resolve({ passed: false, body, headers }),
      } as unknown as ServerResponse;
      const req = { method: 'GET', url, headers: { accept } } as unknown as IncomingMessage;
      servePageWithMode(outDir, 'live', sessionOf)(
        req,
        res,
        vi.fn(() => resolve({ passed: true, headers })),
      );
    },
  );
}

describe('servePageWithMode (vite preview)', () => {
  it('serves the built page with the server’s mode written in, for every app route', async () => {
    for (const url of ['/', '/service-tokens?state=INACTIVE', '/sign-in', '/index.html']) {
      const answer = await serve(url, 'text/html,application/xhtml+xml,*/*;q=0.8');
      expect(answer.body).toContain('<meta name="portal-mode" content="live" />');
      expect(answer.body).toContain('<script type="module" src="/assets/index.js"></script>');
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
  });

  it('says whether the visitor has a live session, when the server can tell', async () => {
    const html = 'text/html';
    const signedOut = await serve('/service-tokens', html, () => 'signed-out');
    expect(signedOut.body).toContain('<meta name="portal-session" content="signed-out" />');
    const signedIn = await serve('/service-tokens', html, () => 'signed-in');
    expect(signedIn.body).toContain('<meta name="portal-session" content="signed-in" />');
    expect((await serve('/service-tokens', html)).body).not.toContain('portal-session');
  });

  it('writes the first paint of the requested page, whatever the query string', async () => {
    const answer = await serve('/service-tokens/create/details?x=1', 'text/html');
    expect(answer.body).toContain('<h1 class="shell-heading">Create Service Token</h1>');
    expect(answer.body).toContain('data-page-shell');
    const signedOut = await serve('/service-tokens', 'text/html', () => 'signed-out');
    expect(signedOut.body).toContain('<h1 class="shell-heading">Sign in to Equinix Fabric</h1>');
  });

  it('writes the recorded styles of the shown page’s first render, for the app’s style cache to take over', async () => {
    const inventory = criticalCss.inventory;
    expect(inventory?.names.length).toBeGreaterThan(0);
    const answer = await serve('/service-tokens', 'text/html', () => 'signed-in');
    expect(answer.body).toContain(
      `<style data-served-styles="${inventory?.names.join(' ')}">${inventory?.css}</style>`,
    );
    // Signed out, the page shown is sign-in, which has none recorded.
    const signedOut = await serve('/service-tokens', 'text/html', () => 'signed-out');
    expect(signedOut.body).not.toContain('data-served-styles');
    // The dev server's class names differ from the build's: it serves none.
    expect(withMode(builtPage, 'demo', undefined, '/service-tokens')).not.toContain(
      'data-served-styles',
    );
  });

  it('leaves assets and API calls to the other middlewares', async () => {
    expect((await serve('/assets/index-abc.js', '*/*')).passed).toBe(true);
    expect((await serve('/favicon.svg', 'text/html')).passed).toBe(true);
    expect((await serve('/fabric/v4/serviceTokens', 'application/json')).passed).toBe(true);
  });
});
