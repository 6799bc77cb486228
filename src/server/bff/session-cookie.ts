import type { IncomingMessage, ServerResponse } from 'node:http';
import { isHttps } from './http';

/** The one thing the page and the BFF share: an id the page's scripts cannot read. */
export const sessionCookieName = 'fabric_portal_session';

export function readSessionId(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookieName) return value.join('=') || undefined;
  }
  return undefined;
}

function attributes(req: IncomingMessage): string {
  return `; HttpOnly; SameSite=Strict; Path=/${isHttps(req) ? '; Secure' : ''}`;
}

export function setSessionCookie(req: IncomingMessage, res: ServerResponse, id: string): void {
  res.setHeader('Set-Cookie', `${sessionCookieName}=${id}${attributes(req)}`);
}

export function clearSessionCookie(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader(
    'Set-Cookie',
    `${sessionCookieName}=${attributes(req)}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`,
  );
}
