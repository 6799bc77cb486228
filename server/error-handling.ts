import type { FastifyError, FastifyInstance } from 'fastify';
import { sendError } from './errors';

/** The request died with its client: nobody is left to answer, and nothing is wrong here. */
const isClientGone = (error: FastifyError) =>
  error.code === 'ECONNRESET' || error.message === 'aborted' || error.code === 'ECONNABORTED';

/**
 * Every error in the ErrorList shape the page reads, with the security headers (helmet set them
 * before the route ran). A client's mistake or departure is its request's one log line, without
 * a stack; only the server's own failures log theirs.
 */
export function handleErrors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Nobody to answer, and no answer means Fastify writes no line for the request: this is it.
    if (isClientGone(error) || request.raw.destroyed) {
      request.log.info({ req: request, aborted: true }, 'client closed the request');
      return;
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ req: request, err: error }, 'request failed');
      return sendError(reply, 500, 'PORTAL-INTERNAL-ERROR', 'The portal server failed');
    }
    // The request's own line has the status; why, only when asked for.
    request.log.debug({ code: error.code, status }, error.message);
    return sendError(reply, status, 'BFF-INVALID-REQUEST', error.message);
  });
}
