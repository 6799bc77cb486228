import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const builtPage =
  '<html><head><meta name="portal-mode" content="demo" /><script type="module" src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>';

/** A small stand-in for `vite build`'s dist/: the page, one fingerprinted asset, a favicon. */
export async function testDist(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-dist-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), builtPage);
  await writeFile(path.join(dir, 'assets', 'index-abc.js'), 'export {};\n');
  await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}
