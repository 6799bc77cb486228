import type { FastifyRequest } from 'fastify';

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}

/**
 * SameSite=Strict keeps the cookie off cross-site requests, but another port on the same host is
 * "same site". A request the page's own origin did not make is refused before it can act.
 */
export function isForeignOrigin(request: FastifyRequest): boolean {
  const fetchSite = firstValue(request.headers['sec-fetch-site']);
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = firstValue(request.headers.origin);
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}
