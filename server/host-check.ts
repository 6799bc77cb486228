import type { FastifyInstance } from 'fastify';
import { sendError } from './errors';

/**
 * Answers only the host names it serves (ALLOWED_HOSTS, loopback and HOST): a page on another
 * name that resolves to this machine (DNS rebinding) cannot read the portal's answers.
 */
export function checkHost(app: FastifyInstance, allowedHosts: string[]) {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  app.addHook('onRequest', async (request, reply) => {
    if (!allowed.has(request.hostname.toLowerCase())) {
      return sendError(
        reply,
        403,
        'PORTAL-HOST-REFUSED',
        `This server does not answer for ${request.hostname}`,
      );
    }
  });
}
