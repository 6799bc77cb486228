import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { bff, noBff } from './bff/bff';
import type { ServerConfig } from './config';
import { handleErrors } from './error-handling';
import { sendError } from './errors';
import { healthRoutes } from './health';
import { checkHost } from './host-check';
import { loggerOptions, OneLinePerRequest } from './logger';
import { builtApp } from './page/built-app';
import { devApp } from './page/dev-app';
import { pageSender, type PageSource } from './page/page';
import { isPageRequest } from './page/page-request';
import { securityHeaders } from './security-headers';
import { memorySessionStore } from './sessions/memory-store';
import { redisSessionStore } from './sessions/redis-store';
import type { Session } from './sessions/session';
import { sessionSeal } from './sessions/session-seal';
import { createSessions } from './sessions/sessions';

export interface ServerOptions {
  /** `dist`: the build in that folder; `dev`: Vite in middleware mode; `none`: no page (tests). */
  page: { kind: 'dist'; dir: string } | { kind: 'dev' } | { kind: 'none' };
  /** Where the JSON log goes (tests read it); standard output by default. */
  logStream?: NodeJS.WritableStream;
}

/**
 * The portal's server: a handful of configured Fastify plugins (docs/decisions/014). Helmet and
 * the Host check come first, so every answer below them, errors and 404s included, carries the
 * security headers.
 */
export async function buildServer(
  config: ServerConfig,
  options: ServerOptions,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    trustProxy: config.trustProxy,
    logController: new OneLinePerRequest(),
    bodyLimit: 1024 * 1024,
  });
  await app.register(helmet, securityHeaders());
  // Before any route or plugin: Fastify gives a plugin the error handler set before it.
  handleErrors(app);
  checkHost(app, config.allowedHosts);
  await app.register(cookie);
  closeConnectionsWhenClosing(app);

  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
    : undefined;
  if (redis) {
    redis.on('error', (error) => app.log.warn({ err: error }, 'Redis connection error'));
    app.addHook('onClose', async () => void (await redis.quit()));
  }
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'fabric-portal:limit:' } : {}),
  });

  const store = redis
    ? redisSessionStore(redis, config.sessions)
    : memorySessionStore(config.sessions);
  app.addHook('onClose', () => store.close());
  healthRoutes(app, store);

  const sessions =
    config.mode === 'live'
      ? createSessions(store, sessionSeal(config.sessionSecret), environmentSession(config))
      : undefined;
  if (sessions) await app.register(bff, { config, sessions });
  else await app.register(noBff);

  const source = await pageSource(app, options);
  const sendPage = source && pageSender(config.mode, source, sessions);
  app.setNotFoundHandler((request, reply) => {
    if (sendPage && isPageRequest(request)) return sendPage(request, reply);
    return sendError(
      reply,
      404,
      'PORTAL-NOT-FOUND',
      `${request.method} ${request.url.split('?')[0]} does not exist`,
    );
  });
  return app;
}

function pageSource(app: FastifyInstance, options: ServerOptions): Promise<PageSource> | undefined {
  if (options.page.kind === 'dist') return builtApp(app, options.page.dir);
  if (options.page.kind === 'dev') return devApp(app);
  return undefined;
}

/**
 * Graceful shutdown (main.ts): `close()` stops listening and waits for requests in flight. An
 * answer sent meanwhile closes its connection, or a browser's keep-alive connection would hold
 * the process open until it timed out.
 */
function closeConnectionsWhenClosing(app: FastifyInstance) {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('Connection', 'close');
  });
}

/** FABRIC_CLIENT_ID / FABRIC_CLIENT_SECRET sign in every page that has no session of its own. */
function environmentSession(config: ServerConfig): Session | undefined {
  const credentials = config.bff.environmentCredentials;
  if (!credentials) return undefined;
  return {
    apiBaseUrl: config.bff.defaultApiBaseUrl,
    credentials: { kind: 'clientCredentials', ...credentials },
    accessToken: '',
    expiresAt: 0,
  };
}
