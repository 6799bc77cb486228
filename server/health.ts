import type { FastifyInstance } from 'fastify';
import { sendError } from './errors';
import type { SessionStore } from './sessions/session';

/**
 * `GET /healthz`: the process answers (a liveness probe). `GET /readyz`: it can serve sign-ins,
 * that is its session store (Redis, when configured) answers too (a load balancer's check).
 */
export function healthRoutes(app: FastifyInstance, store: SessionStore) {
  app.get('/healthz', async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', async (request, reply) => {
    try {
      await store.ping();
    } catch (error) {
      request.log.warn({ err: error }, 'session store unreachable');
      return sendError(reply, 503, 'PORTAL-NOT-READY', 'The session store does not answer');
    }
    return reply.header('Cache-Control', 'no-store').send({ status: 'ready' });
  });
}
