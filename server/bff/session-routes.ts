import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config';
import { sendError } from '../errors';
import type { CreateResult } from '../sessions/session';
import { sessionCookieFor } from '../sessions/session-cookie';
import type { Sessions } from '../sessions/sessions';
import { parseSignIn } from './sign-in-request';
import type { SignInLimit } from './sign-in-limit';
import { verifySignIn } from './verify-sign-in';

interface Dependencies {
  config: ServerConfig;
  sessions: Sessions;
  limit: SignInLimit;
}

function sessionsFull(reply: FastifyReply, result: Extract<CreateResult, { created: false }>) {
  return sendError(
    reply.header('Retry-After', '60'),
    429,
    'BFF-TOO-MANY-SESSIONS',
    result.full === 'address'
      ? 'Too many sessions from this address: sign out elsewhere, or wait for one to expire'
      : 'The portal has as many sessions as it can hold: try again in a minute',
  );
}

function tooManyFailures(reply: FastifyReply, seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  return sendError(
    reply.header('Retry-After', String(seconds)),
    429,
    'BFF-TOO-MANY-SIGN-INS',
    `Too many failed sign-ins from this address or for this client id. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  );
}

/** `GET | POST | DELETE /bff/session`: the page signs in and out (docs/decisions/004, 014). */
export async function sessionRoutes(
  app: FastifyInstance,
  { config, sessions, limit }: Dependencies,
) {
  const { bff } = config;

  app.get('/bff/session', async (request, reply) => {
    const resolved = await sessions.resolve(request);
    const signedIn = resolved && !('ambiguous' in resolved) ? resolved : undefined;
    const credentials = signedIn?.session.credentials;
    return reply.header('Cache-Control', 'no-store').send({
      signedIn: Boolean(signedIn),
      ...(signedIn
        ? {
            source: signedIn.source,
            apiBaseUrl: signedIn.session.apiBaseUrl,
            ...(credentials?.kind === 'clientCredentials'
              ? { clientId: credentials.clientId }
              : {}),
          }
        : {}),
      defaultApiBaseUrl: bff.defaultApiBaseUrl,
      allowedApiBaseUrls: bff.allowedApiBaseUrls,
    });
  });

  app.post('/bff/session', { bodyLimit: 16 * 1024 }, async (request: FastifyRequest, reply) => {
    if (!sessionCookieFor(request)) {
      return sendError(
        reply,
        400,
        'BFF-HTTPS-REQUIRED',
        'Open the portal over https to sign in (plain http is for localhost only)',
      );
    }
    const signIn = parseSignIn(request.body, bff.defaultApiBaseUrl, bff.allowedApiBaseUrls);
    if (Array.isArray(signIn))
      return reply.code(400).header('Cache-Control', 'no-store').send(signIn);
    const clientId =
      signIn.credentials.kind === 'clientCredentials' ? signIn.credentials.clientId : undefined;

    // Refused before the API hears of it: a locked-out client id or a full store costs no call.
    const wait = await limit.waitSeconds(request, clientId);
    if (wait > 0) return tooManyFailures(reply, wait);
    const room = await sessions.hasRoom(request);
    if (!room.created) return sessionsFull(reply, room);

    const verified = await verifySignIn(signIn, bff.upstreamTimeoutMs);
    if (!verified.ok) {
      if (verified.status === 401) await limit.recordFailure(request, clientId);
      return reply.code(verified.status).header('Cache-Control', 'no-store').send(verified.body);
    }
    const started = await sessions.start(request, reply, verified.session);
    if (!started.created) return sessionsFull(reply, started);
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });

  app.delete('/bff/session', async (request, reply) => {
    await sessions.end(request, reply);
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });
}
