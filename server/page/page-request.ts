import path from 'node:path';
import type { FastifyRequest } from 'fastify';

/** Paths that are never the app's page: a missing file or API path there is a plain 404. */
const notPages = ['/assets/', '/fabric/', '/ne/', '/bff/'];

/** The path of a request's URL (`/service-tokens?state=…` → `/service-tokens`). */
export const pathOf = (url: string) => url.split(/[?#]/)[0] || '/';

/**
 * A page load (not an asset or an API call): a browser asking for HTML, or a client that takes
 * anything (`curl`, a health check of `/`), at one of the SPA's routes, which have no file
 * extension. Any such path gets the app, which shows its own not-found page.
 */
export function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const accept = request.headers.accept ?? '*/*';
  if (!accept.includes('text/html') && !accept.startsWith('*/*')) return false;
  const pathname = pathOf(request.url);
  if (notPages.some((prefix) => pathname.startsWith(prefix))) return false;
  return (
    pathname.endsWith('/') ||
    pathname.endsWith('.html') ||
    !path.posix.basename(pathname).includes('.')
  );
}
