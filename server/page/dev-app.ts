import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import middie from '@fastify/middie';
import type { FastifyInstance } from 'fastify';
import type { PageSource } from './page';

/**
 * React Fast Refresh needs one inline module script in development (plugin-react writes it into
 * index.html). Allowing exactly that script by its hash keeps `'unsafe-inline'` out of
 * script-src even here.
 */
export async function devScriptHashes(): Promise<string[]> {
  const { default: react } = await import('@vitejs/plugin-react');
  const preamble = react.preambleCode.replace('__BASE__', '/');
  return [`'sha256-${createHash('sha256').update(preamble).digest('base64')}'`];
}

/**
 * `npm start`: Vite in middleware mode inside this same server, so the BFF, the headers and the
 * page are the production server's; Vite serves the modules and hot updates (its WebSocket on
 * this server's port). Vite is a development dependency, loaded only here.
 */
export async function devApp(app: FastifyInstance): Promise<PageSource> {
  const { createServer } = await import('vite');
  const vite = await createServer({
    appType: 'custom',
    server: { middlewareMode: true, hmr: { server: app.server }, cors: false },
  });
  app.addHook('onClose', () => vite.close());
  await app.register(middie);
  app.use(vite.middlewares);
  return async (request) => ({
    html: await vite.transformIndexHtml(request.url, await readFile('index.html', 'utf8')),
  });
}
