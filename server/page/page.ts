import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentSecurityPolicy, policyHeader } from '../security-headers';
import type { Sessions } from '../sessions/sessions';
import { pathOf } from './page-request';

export type PortalMode = 'demo' | 'live';

/** The HTML of the page at the request's address: the build's, or the dev server's. */
export type PageSource = (request: FastifyRequest) => Promise<string>;

const modeMeta = /<meta name="portal-mode" content="[a-z]+"\s*\/?>/;

/** Writes the server's mode into a page, so one build serves both modes. */
export const withMode = (html: string, mode: PortalMode) =>
  html.replace(modeMeta, `<meta name="portal-mode" content="${mode}"/>`);

const inlineScripts = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The hashes of the page's inline scripts (React Router's start-up script and its context), so
 * the policy admits exactly those and nothing injected: every page is the build's own HTML.
 */
export const inlineScriptHashes = (html: string) =>
  [...html.matchAll(inlineScripts)].map(
    ([, script = '']) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  );

/**
 * Sends the page at the request's address with the server's mode written in. In live mode a
 * visitor without a session goes to sign-in first, with the way back, instead of loading a page
 * the API would turn away. Pages are never kept by caches: a new build is seen at once.
 */
export function pageSender(mode: PortalMode, source: PageSource, sessions: Sessions | undefined) {
  async function signedOut(request: FastifyRequest): Promise<boolean> {
    if (!sessions || pathOf(request.url) === '/sign-in') return false;
    const resolved = await sessions.resolve(request);
    return !resolved || 'ambiguous' in resolved;
  }
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (await signedOut(request)) {
      return reply
        .code(302)
        .header('Cache-Control', 'no-store')
        .redirect(`/sign-in?returnTo=${encodeURIComponent(request.url)}`);
    }
    const page = withMode(await source(request), mode);
    return reply
      .code(200)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header(
        'Content-Security-Policy',
        policyHeader(contentSecurityPolicy(inlineScriptHashes(page))),
      )
      .send(page);
  };
}
