import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Failed sign-ins, counted per client address and per client id (SIGN_IN_FAILURES per
 * SIGN_IN_WINDOW_MINUTES): the token API locks a client after five failed attempts, so without a
 * limit anyone who can reach the portal could lock a team's client id out. Only failures count,
 * so a team signing in many times a day never meets the limit; the count lives in Redis when
 * REDIS_URL is set (@fastify/rate-limit's store), so it holds across instances.
 */
export interface SignInLimit {
  /** Seconds to wait before another attempt, or 0 when one may go ahead. */
  waitSeconds(request: FastifyRequest, clientId: string | undefined): Promise<number>;
  recordFailure(request: FastifyRequest, clientId: string | undefined): Promise<void>;
}

/** The client id a sign-in names, as parseSignIn (sign-in-request.ts) reads it. */
function clientIdIn(body: unknown): string {
  const clientId = typeof body === 'object' && body !== null && 'clientId' in body && body.clientId;
  return typeof clientId === 'string' ? clientId.trim() : '';
}

export function signInLimit(
  app: FastifyInstance,
  limits: { failures: number; windowMs: number },
): SignInLimit {
  const options = { max: limits.failures, timeWindow: limits.windowMs };
  const byAddress = app.createRateLimit({
    ...options,
    keyGenerator: (request) => `sign-in-address:${request.ip}`,
  });
  const byClient = app.createRateLimit({
    ...options,
    keyGenerator: (request) => `sign-in-client:${clientIdIn(request.body)}`,
  });

  return {
    async waitSeconds(request, clientId) {
      const counts = [
        await byAddress(request, { increment: false }),
        ...(clientId ? [await byClient(request, { increment: false })] : []),
      ];
      const waits = counts.map((count) =>
        !count.isAllowed && count.remaining === 0 ? Math.max(1, count.ttlInSeconds) : 0,
      );
      return Math.max(0, ...waits);
    },
    async recordFailure(request, clientId) {
      await byAddress(request);
      if (clientId) await byClient(request);
    },
  };
}
