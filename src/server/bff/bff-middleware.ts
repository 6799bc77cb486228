import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect } from 'vite';
import type { BffConfig } from './bff-config';
import { BodyTooLargeError, errorList, isForeignOrigin, requestTarget, sendJson } from './http';
import { handleProxy, isProxiedPath } from './proxy';
import { readSessionId } from './session-cookie';
import { handleSession } from './session-routes';
import { SessionStore } from './session-store';

const sessionPath = '/bff/session';

function pathnameOf(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/**
 * The backend-for-frontend: `/bff/session` signs the page in and out, `/fabric/**` and `/ne/**`
 * go to the API with the session's bearer token. Everything else passes to the next middleware.
 */
export interface BffMiddleware extends Connect.NextHandleFunction {
  /** Whether this request's cookie (or the server's environment) has a session. */
  hasSession(req: IncomingMessage): boolean;
}

export function createBffMiddleware(config: BffConfig): BffMiddleware {
  const store = new SessionStore(config);

  async function handle(req: IncomingMessage, res: ServerResponse, target: string) {
    const pathname = pathnameOf(target);
    if (pathname === sessionPath) return handleSession(config, store, req, res);
    if (pathname.startsWith('/bff/')) {
      return sendJson(res, 404, errorList('BFF-NOT-FOUND', `${pathname} does not exist`));
    }
    return handleProxy(config, store, req, res, target);
  }

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const target = requestTarget(req);
    const pathname = pathnameOf(target);
    if (!pathname.startsWith('/bff/') && !isProxiedPath(pathname)) return next();
    if (isForeignOrigin(req)) {
      return sendJson(
        res,
        403,
        errorList('BFF-FOREIGN-ORIGIN', 'Only the portal page itself may call its server'),
      );
    }
    handle(req, res, target).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        return sendJson(res, 413, errorList('BFF-INVALID-REQUEST', error.message));
      }
      next(error);
    });
  };
  return Object.assign(middleware, {
    hasSession: (req: IncomingMessage) => store.resolve(readSessionId(req)) !== undefined,
  });
}

/** Demo mode has no BFF: its API lives in the page. `/bff/*` says so instead of serving HTML. */
export const noBffInDemoMode: Connect.NextHandleFunction = (req, res, next) => {
  const pathname = pathnameOf(requestTarget(req));
  if (!pathname.startsWith('/bff/')) return next();
  sendJson(res, 404, errorList('BFF-NOT-FOUND', 'The portal runs in demo mode: there is no BFF'));
};
