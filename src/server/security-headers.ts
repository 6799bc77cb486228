import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import type { Connect } from 'vite';

/** Which server answers: Vite's dev server (`npm run dev`) or the production build (`preview`). */
export type ServerKind = 'dev' | 'preview';

/**
 * React Fast Refresh needs one inline module script in dev (plugin-react writes it into
 * index.html). Allowing exactly that script by its hash keeps `'unsafe-inline'` out of
 * script-src even in dev; the production build has no inline script at all.
 */
function devPreambleHash(): string {
  const preamble = react.preambleCode.replace('__BASE__', '/');
  return `'sha256-${createHash('sha256').update(preamble).digest('base64')}'`;
}

/**
 * The Content-Security-Policy every response carries (docs/decisions/005-performance-budgets.md).
 * Styles keep `'unsafe-inline'`: MUI's emotion engine writes `<style>` elements at run time.
 */
export function contentSecurityPolicy(server: ServerKind = 'preview'): string {
  const directives: Record<string, string> = {
    'default-src': `'self'`,
    'script-src': server === 'dev' ? `'self' ${devPreambleHash()}` : `'self'`,
    'style-src': `'self' 'unsafe-inline'`,
    'img-src': `'self' data: blob:`,
    'font-src': `'self'`,
    // 'self' also covers the dev server's HMR WebSocket on the same host and port (CSP Level 3).
    'connect-src': `'self'`,
    // MSW's service worker (demo mode) is served from the page's origin.
    'worker-src': `'self'`,
    'manifest-src': `'self'`,
    'object-src': `'none'`,
    'base-uri': `'self'`,
    'form-action': `'self'`,
    'frame-ancestors': `'none'`,
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Every header the portal's servers add to every response. */
export function securityHeaderEntries(server: ServerKind = 'preview'): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(server)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    // frame-ancestors is the modern control; this covers browsers that only know the old header.
    ['X-Frame-Options', 'DENY'],
  ];
}

/** Connect middleware for Vite's dev and preview servers: the headers on every response. */
export function securityHeaders(server: ServerKind): Connect.NextHandleFunction {
  const headers = securityHeaderEntries(server);
  return (_request, response, next) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    next();
  };
}
