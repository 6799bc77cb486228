import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BffConfig } from './bff-config';
import { errorList, readBody, sendJson } from './http';
import { readSessionId } from './session-cookie';
import type { BffSession, SessionStore } from './session-store';
import { callUpstream, unreachable, type UpstreamResult } from './upstream';

/** The API families the page may reach through the BFF; nothing else is forwarded. */
export const proxiedPrefixes = ['/fabric/', '/ne/'] as const;

export function isProxiedPath(pathname: string): boolean {
  return proxiedPrefixes.some((prefix) => pathname.startsWith(prefix));
}

// The page's cookie and any Authorization it sends never leave the server; only these go on.
const forwardedRequestHeaders = ['content-type', 'accept', 'accept-language'] as const;
const returnedResponseHeaders = ['content-type', 'x-correlation-id', 'retry-after'] as const;

const maxBodyBytes = 1024 * 1024;

/**
 * The upstream URL for `target` (path and query), or undefined when normalising it (`..`,
 * `%2e%2e`) would leave the API families the BFF forwards.
 */
export function upstreamUrl(apiBaseUrl: string, target: string): string | undefined {
  const base = new URL(apiBaseUrl);
  const url = new URL(`${base.pathname.replace(/\/+$/, '')}${target}`, base.origin);
  const relative = url.pathname.slice(base.pathname.replace(/\/+$/, '').length);
  if (url.origin !== base.origin || !isProxiedPath(relative)) return undefined;
  return url.toString();
}

function forward(
  config: BffConfig,
  req: IncomingMessage,
  url: string,
  body: Buffer | undefined,
  accessToken: string,
): Promise<UpstreamResult> {
  const headers = new Headers({ Authorization: `Bearer ${accessToken}` });
  for (const name of forwardedRequestHeaders) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return callUpstream(config, url, {
    method: req.method ?? 'GET',
    headers,
    ...(body && body.length > 0 ? { body: Uint8Array.from(body) } : {}),
  });
}

function passOn(res: ServerResponse, result: Extract<UpstreamResult, { reached: true }>) {
  res.statusCode = result.response.status;
  for (const name of returnedResponseHeaders) {
    const value = result.response.headers.get(name);
    if (value) res.setHeader(name, value);
  }
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', result.body.length);
  res.end(result.body);
}

/**
 * Forwards one `/fabric/**` or `/ne/**` request with the session's bearer token. The token is
 * renewed a minute before it expires, and once more when the API still answers 401; a second 401
 * goes to the page, which asks the user to sign in again.
 */
export async function handleProxy(
  config: BffConfig,
  store: SessionStore,
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
): Promise<void> {
  const resolved = store.resolve(readSessionId(req));
  if (!resolved) {
    return sendJson(res, 401, errorList('EQ-3000039', 'Sign in to continue'));
  }
  const session: BffSession = resolved.session;
  const url = upstreamUrl(session.apiBaseUrl, target);
  if (!url) {
    return sendJson(res, 400, errorList('BFF-INVALID-REQUEST', 'This path is not forwarded'));
  }
  const body =
    req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req, maxBodyBytes);

  const token = await store.freshToken(session);
  if (!token.ok) return sendJson(res, token.status, token.body);
  let result = await forward(config, req, url, body, token.accessToken);

  if (result.reached && result.response.status === 401) {
    const renewed = await store.renewAfterRejection(session, token.accessToken);
    if (renewed && !renewed.ok) return sendJson(res, renewed.status, renewed.body);
    if (renewed) result = await forward(config, req, url, body, renewed.accessToken);
  }
  if (!result.reached) return sendJson(res, 502, unreachable(session.apiBaseUrl, result.reason));
  passOn(res, result);
}
