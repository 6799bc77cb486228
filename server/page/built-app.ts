import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { criticalCss } from '../first-paint/critical-css';
import { readRoutePreloads } from '../first-paint/route-preloads';
import type { PageSource } from './page';

/** Vite's `build.assetsDir`: file names there carry a hash of their content. */
const assetsPrefix = '/assets/';

/**
 * The build in `distDir`: fingerprinted files under /assets/ may be kept a year without asking
 * again (a name never names other bytes); everything else (the service worker, the favicon) is
 * revalidated, so a new build is seen at once. index.html is only ever sent as the page
 * (page.ts), with the mode written in.
 */
export async function builtApp(app: FastifyInstance, distDir: string): Promise<PageSource> {
  const [html, preloads] = await Promise.all([
    readFile(path.join(distDir, 'index.html'), 'utf8'),
    readRoutePreloads(distDir),
  ]);
  await app.register(fastifyStatic, {
    root: path.resolve(distDir),
    index: false,
    cacheControl: false,
    // index.html and folders (`/`) are the page's (page.ts): never the raw file, never a 403.
    allowedPath: (pathname) => pathname !== '/index.html' && !pathname.endsWith('/'),
    setHeaders: (reply, filePath) => {
      const immutable = filePath.startsWith(path.resolve(distDir, `.${assetsPrefix}`));
      reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const build = { preloads, styles: criticalCss };
  return async () => ({ html, build });
}
