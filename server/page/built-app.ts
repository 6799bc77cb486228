import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { PageSource } from './page';
import { pathOf } from './page-request';

/** Vite's `build.assetsDir`: file names there carry a hash of their content. */
const assetsPrefix = '/assets/';

/**
 * The pages React Router rendered at build time, by address: `service-tokens/index.html` is
 * `/service-tokens`; the top `index.html` is every other address's (the layout alone).
 */
async function prerenderedPages(clientDir: string): Promise<Map<string, string>> {
  const files = await readdir(clientDir, { recursive: true });
  const pages = new Map<string, string>();
  for (const file of files.filter((name) => path.basename(name) === 'index.html')) {
    const address = `/${path.dirname(file).split(path.sep).join('/')}`.replace(/\/\.?$/, '') || '/';
    pages.set(address, await readFile(path.join(clientDir, file), 'utf8'));
  }
  return pages;
}

/**
 * The build in `distDir` (React Router's `dist/client`): fingerprinted files under /assets/ may
 * be kept a year without asking again (a name never names other bytes); everything else (the
 * service worker, the favicon) is revalidated, so a new build is seen at once. HTML is only ever
 * sent as a page (page.ts), with the mode written in.
 */
export async function builtApp(app: FastifyInstance, distDir: string): Promise<PageSource> {
  const clientDir = path.resolve(distDir, 'client');
  const pages = await prerenderedPages(clientDir);
  const fallback = pages.get('/');
  if (fallback === undefined) throw new Error(`${clientDir} has no index.html: run npm run build`);
  await app.register(fastifyStatic, {
    root: clientDir,
    index: false,
    cacheControl: false,
    // Pages are page.ts's: never the raw file, never a folder's listing or a 403.
    allowedPath: (pathname) => !pathname.endsWith('.html') && !pathname.endsWith('/'),
    setHeaders: (reply, filePath) => {
      const immutable = filePath.startsWith(path.join(clientDir, assetsPrefix));
      reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return async (request) => {
    const address = pathOf(request.url).replace(/(.)\/+$/, '$1');
    return pages.get(address) ?? fallback;
  };
}
