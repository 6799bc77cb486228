import middie from '@fastify/middie';
import type { FastifyInstance } from 'fastify';
import type { ServerBuild } from 'react-router';
import type { PageSource } from './page';

/**
 * `npm start`: Vite in middleware mode inside this same server, so the BFF, the headers and the
 * page are the production server's; Vite serves the modules and hot updates (its WebSocket on
 * this server's port), and React Router renders each page from the current sources, as its own
 * dev server does. Vite is a development dependency, loaded only here.
 */
export async function devApp(app: FastifyInstance): Promise<PageSource> {
  const { createServer } = await import('vite');
  const { createRequestHandler } = await import('react-router');
  const vite = await createServer({
    appType: 'custom',
    server: { middlewareMode: true, hmr: { server: app.server }, cors: false },
  });
  app.addHook('onClose', () => vite.close());
  await app.register(middie);
  app.use(vite.middlewares);
  return async (request) => {
    const build = (await vite.ssrLoadModule('virtual:react-router/server-build')) as ServerBuild;
    const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
    const answer = await createRequestHandler(
      build,
      'development',
    )(new Request(url, { headers: { accept: 'text/html' } }));
    return answer.text();
  };
}
