import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { bffConfigFromEnv } from './bff/bff-config';
import { type BffMiddleware, createBffMiddleware, noBffInDemoMode } from './bff/bff-middleware';
import { immutableAssets } from './asset-caching';
import { pathOf, servePageWithMode, serverMode, withMode } from './html-mode';
import { securityHeaders, type ServerKind } from './security-headers';

export { serverMode, withMode, type PortalMode } from './html-mode';

/**
 * The Node side of the portal, the same in `vite` (dev) and `vite preview` (the build): security
 * headers, then in live mode the backend-for-frontend, else a plain 404 for `/bff/*`.
 */
export function portalServer(env: NodeJS.ProcessEnv = process.env): Plugin {
  const mode = serverMode(env);
  let bff: BffMiddleware | undefined;
  // One BFF (one session store) per process, whichever server asks first.
  const liveBff = () => (bff ??= createBffMiddleware(bffConfigFromEnv(env)));
  const middlewares = (server: ServerKind): Connect.NextHandleFunction[] => [
    securityHeaders(server),
    mode === 'live' ? liveBff() : noBffInDemoMode,
  ];
  return {
    name: 'fabric-portal-server',
    transformIndexHtml: (html, context) =>
      withMode(html, mode, undefined, context.server ? pathOf(context.originalUrl) : undefined),
    configureServer(server) {
      for (const middleware of middlewares('dev')) server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      for (const middleware of middlewares('preview')) server.middlewares.use(middleware);
      server.middlewares.use(immutableAssets());
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      const sessionOf =
        mode === 'live'
          ? (req: Connect.IncomingMessage) =>
              liveBff().hasSession(req) ? ('signed-in' as const) : ('signed-out' as const)
          : undefined;
      server.middlewares.use(servePageWithMode(outDir, mode, sessionOf));
    },
  };
}
