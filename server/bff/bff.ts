import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';
import { sendError } from '../errors';
import { readSessionId } from '../sessions/session-cookie';
import type { Sessions } from '../sessions/sessions';
import { isForeignOrigin } from './origin-gate';
import { proxyRoutes } from './proxy';
import { sessionRoutes } from './session-routes';
import { signInLimit } from './sign-in-limit';
import { createTokens } from './tokens';

/**
 * Live mode's backend-for-frontend (docs/decisions/004 and 014): `/bff/session` signs the page in
 * and out, `/fabric/**` and `/ne/**` go to the API with the session's bearer token.
 */
export async function bff(
  app: FastifyInstance,
  { config, sessions }: { config: ServerConfig; sessions: Sessions },
) {
  app.addHook('onRequest', async (request, reply) => {
    if (isForeignOrigin(request)) {
      return sendError(
        reply,
        403,
        'BFF-FOREIGN-ORIGIN',
        'Only the portal page itself may call its server',
      );
    }
    if ('ambiguous' in readSessionId(request)) {
      return sendError(
        reply,
        400,
        'BFF-AMBIGUOUS-SESSION',
        'The request carries two session cookies; clear this site’s cookies and sign in again',
      );
    }
  });
  const tokens = createTokens(sessions, config.bff.upstreamTimeoutMs);
  await app.register(sessionRoutes, { config, sessions, limit: signInLimit(app, config.signIn) });
  await app.register(proxyRoutes, { config, sessions, tokens });
  app.all('/bff/*', (request, reply) =>
    sendError(reply, 404, 'BFF-NOT-FOUND', `${request.url.split('?')[0]} does not exist`),
  );
}

/** Demo mode has no BFF: its API lives in the page. These paths say so instead of serving HTML. */
export async function noBff(app: FastifyInstance) {
  for (const prefix of ['/bff/*', '/fabric/*', '/ne/*']) {
    app.all(prefix, (_request, reply) =>
      sendError(reply, 404, 'BFF-NOT-FOUND', 'The portal runs in demo mode: there is no BFF'),
    );
  }
}
