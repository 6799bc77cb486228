import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The Content-Security-Policy every response carries (docs/decisions/005-performance-budgets.md).
 * Styles keep `'unsafe-inline'`: MUI's emotion engine writes `<style>` elements at run time.
 * `pageScripts`: a page's own inline scripts, allowed by their hashes (server/page/page.ts).
 */
export function contentSecurityPolicy(pageScripts: string[] = []): Record<string, string[]> {
  return {
    'default-src': [`'self'`],
    'script-src': [`'self'`, ...pageScripts],
    'style-src': [`'self'`, `'unsafe-inline'`],
    'img-src': [`'self'`, 'data:', 'blob:'],
    'font-src': [`'self'`],
    // 'self' also covers the dev server's HMR WebSocket on the same host and port (CSP Level 3).
    'connect-src': [`'self'`],
    // MSW's service worker (demo mode) is served from the page's origin.
    'worker-src': [`'self'`],
    'manifest-src': [`'self'`],
    'object-src': [`'none'`],
    'base-uri': [`'self'`],
    'form-action': [`'self'`],
    'frame-ancestors': [`'none'`],
  };
}

/** A policy as its header's value. */
export const policyHeader = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/**
 * @fastify/helmet on every response the server sends, its own errors and 404s included: the
 * policy above, `nosniff`, `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY` (for browsers
 * that predate frame-ancestors) and helmet's other defaults (HSTS, which browsers heed over
 * https only, and the cross-origin isolation headers).
 */
export function securityHeaders(): FastifyHelmetOptions {
  return {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy() },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  };
}
