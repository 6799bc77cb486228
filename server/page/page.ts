import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type BuildRecords,
  type PortalMode,
  type SessionHint,
  withMode,
} from '../first-paint/html-mode';
import type { Sessions } from '../sessions/sessions';
import { pathOf } from './page-request';

/** index.html as the server has it: the build's, or the dev server's transformed one. */
export type PageSource = (
  request: FastifyRequest,
) => Promise<{ html: string; build?: BuildRecords }>;

/**
 * Sends the app's page with the server's mode written in (so one build serves both modes), in
 * live mode whether the visitor is signed in, and the first paint of the requested route
 * (server/first-paint/html-mode.ts). Pages are never kept by caches: a new build is seen at once.
 */
export function pageSender(mode: PortalMode, source: PageSource, sessions: Sessions | undefined) {
  async function hint(request: FastifyRequest): Promise<SessionHint | undefined> {
    if (!sessions) return undefined;
    const resolved = await sessions.resolve(request);
    return resolved && !('ambiguous' in resolved) ? 'signed-in' : 'signed-out';
  }
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const [{ html, build }, session] = await Promise.all([source(request), hint(request)]);
    const page = withMode(html, mode, session, pathOf(request.url), build);
    return reply
      .code(200)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(page);
  };
}
