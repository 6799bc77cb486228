import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A page as React Router writes it at build time: its mode, its inline start-up script. */
export const builtPage = (heading: string) =>
  `<!DOCTYPE html><html><head><meta name="portal-mode" content="demo"/><link rel="modulepreload" href="/assets/entry.client-abc.js"/></head><body><h1>${heading}</h1><script type="module">import("/assets/entry.client-abc.js");</script></body></html>`;

/**
 * A small stand-in for `npm run build`'s dist/: in client/, the inventory's prerendered page,
 * the fallback index.html, one fingerprinted asset, a favicon.
 */
export async function testDist(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-dist-'));
  const client = path.join(dir, 'client');
  await mkdir(path.join(client, 'assets'), { recursive: true });
  await mkdir(path.join(client, 'service-tokens'));
  await writeFile(path.join(client, 'index.html'), builtPage('(layout)'));
  await writeFile(
    path.join(client, 'service-tokens', 'index.html'),
    builtPage('Service Token Inventory'),
  );
  await writeFile(path.join(client, 'assets', 'entry.client-abc.js'), 'export {};\n');
  await writeFile(path.join(client, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}
