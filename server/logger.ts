import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * pino, one JSON object a line. Whatever a log call is given, these never reach the log: the
 * page's cookie and the session cookie the server sets, any Authorization header, the sign-in's
 * secret and the tokens the token API issues.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'body.clientSecret',
  'body.accessToken',
  'body.client_secret',
  'body.access_token',
  '*.clientSecret',
  '*.accessToken',
  '*.client_secret',
  '*.access_token',
];

export function loggerOptions(level: string, stream?: NodeJS.WritableStream) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      // The method and path only: a query string may carry search terms, never worth a log line.
      req: (request: { method: string; url: string; ip?: string }) => ({
        method: request.method,
        url: request.url.split('?')[0],
        ip: request.ip,
      }),
    },
  };
}

/**
 * One line per request, written when it completes (method, path, status, time), instead of
 * Fastify's two. A client that left before the answer is that one line at `info`, without a
 * stack: nothing on the server went wrong.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest() {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const line = { req: request, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (request.raw.aborted || request.raw.destroyed) {
      request.log.info({ ...line, aborted: true }, 'client closed the request');
    } else if (error) request.log.error({ ...line, err: error }, 'request failed');
    else request.log.info(line, 'request');
  }
}
