import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import type { ServerConfig } from '../config';
import { sendError } from '../errors';
import type { ResolvedSession, Sessions } from '../sessions/sessions';
import type { Tokens } from './tokens';

/** The API families the page may reach through the BFF; nothing else is forwarded. */
export const proxiedPrefixes = ['/fabric/', '/ne/'] as const;

// The page's cookie and any Authorization it sends never leave the server; only these go on.
const forwardedRequestHeaders = [
  'host',
  'content-type',
  'content-length',
  'accept',
  'accept-language',
];
const returnedResponseHeaders = ['content-type', 'x-correlation-id', 'retry-after'];

const pick = (headers: IncomingHttpHeaders, names: string[]) =>
  Object.fromEntries(names.flatMap((name) => (headers[name] ? [[name, headers[name]]] : [])));

/**
 * The upstream URL for `target` (path and query), or undefined when normalising it (`..`,
 * `%2e%2e`) would leave the API families the BFF forwards.
 */
export function upstreamUrl(apiBaseUrl: string, target: string): string | undefined {
  const base = new URL(apiBaseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const url = new URL(`${basePath}${target}`, base.origin);
  const relative = url.pathname.slice(basePath.length);
  if (
    url.origin !== base.origin ||
    !proxiedPrefixes.some((prefix) => relative.startsWith(prefix))
  ) {
    return undefined;
  }
  return url.toString();
}

interface Dependencies {
  config: ServerConfig;
  sessions: Sessions;
  tokens: Tokens;
}

/**
 * `/fabric/**` and `/ne/**` to the session's API with its bearer token (@fastify/reply-from on
 * undici, streamed both ways). The token is renewed a minute before it expires, and once more
 * when the API still answers 401; a second 401 goes to the page, which asks to sign in again.
 */
export async function proxyRoutes(
  app: FastifyInstance,
  { config, sessions, tokens }: Dependencies,
) {
  const timeoutMs = config.bff.upstreamTimeoutMs;
  await app.register(replyFrom, {
    undici: { connect: { timeout: timeoutMs } },
    disableRequestLogging: true,
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_req, body, done) =>
    done(null, body),
  );

  function forward(
    reply: FastifyReply,
    url: string,
    resolved: ResolvedSession,
    accessToken: string,
    mayRenew: boolean,
  ): FastifyReply {
    const { apiBaseUrl } = resolved.session;
    const { body } = reply.request;
    return reply.from(url, {
      timeout: timeoutMs,
      // The page's bytes as they came (reply-from would encode a JSON body once more).
      ...(Buffer.isBuffer(body) && body.length > 0
        ? { body, contentType: reply.request.headers['content-type'] ?? 'application/octet-stream' }
        : {}),
      rewriteRequestHeaders: (_request, headers) => ({
        ...pick(headers, forwardedRequestHeaders),
        authorization: `Bearer ${accessToken}`,
      }),
      rewriteHeaders: (headers) => ({
        ...pick(headers, returnedResponseHeaders),
        'cache-control': 'no-store',
      }),
      // The callbacks' reply is the one this function was given (typed for HTTP/2 as well).
      onResponse: (_request, _reply, response) => {
        if (response.statusCode !== 401 || !mayRenew) return reply.send(response.stream);
        response.stream.resume();
        void tokens.renewAfterRejection(resolved, accessToken).then((renewed) => {
          if (!renewed) return sendError(reply, 401, 'EQ-3000039', 'Sign in to continue');
          if (!renewed.ok) return reply.code(renewed.status).send(renewed.body);
          forward(reply, url, resolved, renewed.accessToken, false);
        });
      },
      onError: (_reply, { error }) => {
        const timedOut = 'statusCode' in error && error.statusCode === 504;
        const reason = timedOut ? `no answer within ${timeoutMs / 1000} s` : error.message;
        sendError(
          reply,
          timedOut ? 504 : 502,
          'BFF-UNREACHABLE',
          `Could not reach ${apiBaseUrl}: ${reason}`,
        );
      },
    });
  }

  async function handle(request: FastifyRequest, reply: FastifyReply) {
    const resolved = await sessions.resolve(request);
    if (!resolved || 'ambiguous' in resolved) {
      return sendError(reply, 401, 'EQ-3000039', 'Sign in to continue');
    }
    const url = upstreamUrl(resolved.session.apiBaseUrl, request.url);
    if (!url) return sendError(reply, 400, 'BFF-INVALID-REQUEST', 'This path is not forwarded');
    const token = await tokens.fresh(resolved);
    if (!token.ok)
      return reply.code(token.status).header('Cache-Control', 'no-store').send(token.body);
    const renewable = resolved.session.credentials.kind === 'clientCredentials';
    return forward(reply, url, resolved, token.accessToken, renewable);
  }

  for (const prefix of proxiedPrefixes) {
    app.route({
      method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      url: `${prefix}*`,
      handler: handle,
    });
  }
}
