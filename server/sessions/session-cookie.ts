import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The cookie that names a page's session: an id its scripts cannot read.
 *
 * Over https it is `__Host-fabric_portal_session`: the browser only accepts it `Secure`, with
 * `Path=/` and no `Domain`, so a page on a sibling subdomain or on plain http cannot set one in
 * its place (cookie tossing). Browsers refuse `Secure` cookies from plain http, so a portal on
 * http://127.0.0.1 or http://localhost (development, the e2e tests) uses the plain
 * `fabric_portal_session`; on plain http to any other host there is no session at all.
 */
export const secureCookieName = '__Host-fabric_portal_session';
export const plainHttpCookieName = 'fabric_portal_session';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type SessionCookie = { name: string; secure: boolean } | undefined;

/** Which cookie this request's session travels in; undefined where none may. */
export function sessionCookieFor(request: FastifyRequest): SessionCookie {
  if (request.protocol === 'https') return { name: secureCookieName, secure: true };
  return loopbackHosts.has(request.hostname)
    ? { name: plainHttpCookieName, secure: false }
    : undefined;
}

export type SessionIdReading = { id: string | undefined } | { ambiguous: true };

/**
 * The session id the request carries. Two cookies of that name (one set for a narrower path or
 * by another port of the same host) cannot be told apart: the request is refused, not guessed.
 */
export function readSessionId(request: FastifyRequest): SessionIdReading {
  const cookie = sessionCookieFor(request);
  if (!cookie) return { id: undefined };
  const header = request.headers.cookie ?? '';
  const count = header.split(';').filter((part) => part.trim().startsWith(`${cookie.name}=`));
  if (count.length > 1) return { ambiguous: true };
  return { id: request.cookies[cookie.name] || undefined };
}

const attributes = (secure: boolean) =>
  ({ path: '/', httpOnly: true, sameSite: 'strict', secure }) as const;

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string) {
  const cookie = sessionCookieFor(request);
  if (cookie) reply.setCookie(cookie.name, id, attributes(cookie.secure));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  const cookie = sessionCookieFor(request);
  if (cookie) reply.clearCookie(cookie.name, attributes(cookie.secure));
}
