import { delay } from 'msw';
import { DEMO_BEARER } from '../seed/fixtures';
import type { DemoStore } from '../store/demo-store';
import type { FailNext } from '../controls';
import { ApiProblem, problem } from './api-problem';
import { errorCodes } from './error-codes';

/** What the demo controls do to API requests: latency, offline, injected failures, auth, role. */
export class NetworkDown extends Error {
  constructor() {
    super('The demo backend is offline');
    this.name = 'NetworkDown';
  }
}

/** An answer of the demo controls' choosing (failNext.answer), served as it is. */
export class InjectedAnswer extends Error {
  constructor(
    readonly status: number,
    readonly answer: unknown,
  ) {
    super('An answer injected by the demo controls');
    this.name = 'InjectedAnswer';
  }
}

/** Resolves only when the request is given up (failNext.hang): an API that never answers. */
const untilAbandoned = (request: Request) =>
  new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));

export const latencyMs = (latency: DemoStore['settings']['latency']) =>
  latency === 'slow' ? 3000 : latency === 'realistic' ? 100 + Math.floor(Math.random() * 300) : 0;

const statusCodes: Record<number, [string, string]> = {
  400: [errorCodes.invalidInput, 'Invalid input'],
  401: [errorCodes.unauthorized, 'User not found in request or invalid.'],
  403: [errorCodes.forbidden, 'Operation not allowed'],
  404: [errorCodes.uuidNotFound, 'uuid not found'],
};

export function injectedProblem(status: number, why: string): ApiProblem {
  const [code, message] = statusCodes[status] ?? [
    errorCodes.internalError,
    'Internal Server Error',
  ];
  return new ApiProblem(status, [
    { errorCode: code, errorMessage: message, details: why, reason: why },
  ]);
}

const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

export function matchesFailNext(failNext: FailNext, method: string, pathname: string): boolean {
  const methodMatches =
    failNext.method === '*' || failNext.method.toUpperCase() === method.toUpperCase();
  return methodMatches && globToRegExp(failNext.pathPattern).test(pathname);
}

/** Latency, offline and injected failures; throws NetworkDown, InjectedAnswer or an ApiProblem. */
export async function simulateNetwork(
  store: DemoStore,
  request: Request,
  pathname: string,
): Promise<void> {
  const { settings } = store;
  const wait = latencyMs(settings.latency);
  if (wait > 0) await delay(wait);
  if (settings.offline) throw new NetworkDown();
  const failNext = store.failNext;
  if (failNext && matchesFailNext(failNext, request.method, pathname)) {
    store.failNext = undefined;
    if (failNext.hang) {
      await untilAbandoned(request);
      throw new NetworkDown();
    }
    if (failNext.answer !== undefined) throw new InjectedAnswer(failNext.status, failNext.answer);
    if (failNext.status === 0) throw new NetworkDown();
    throw injectedProblem(failNext.status, 'Failure injected by the demo controls (failNext)');
  }
  if (settings.failureRate > 0 && Math.random() < settings.failureRate) {
    throw injectedProblem(500, 'Failure injected by the demo controls (failure rate)');
  }
}

export const isDemoBearer = (token: string) =>
  token === DEMO_BEARER || /^demo-session-[a-z0-9-]+$/.test(token);

/** 401 without a demo bearer or after the session was expired; 403 on writes for READ_ONLY. */
export function authorize(store: DemoStore, request: Request, write: boolean): void {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!token || !isDemoBearer(token)) {
    throw problem(
      401,
      errorCodes.unauthorized,
      'User not found in request or invalid.',
      'Authorization',
      'Send Authorization: Bearer <token> with a demo token',
    );
  }
  if (store.sessionExpired) {
    throw problem(
      401,
      errorCodes.unauthorized,
      'User not found in request or invalid.',
      'Authorization',
      'The session has expired; sign in again',
    );
  }
  if (write && store.settings.role === 'READ_ONLY') {
    throw new ApiProblem(403, [
      {
        errorCode: errorCodes.forbidden,
        errorMessage: 'Operation not allowed',
        details:
          'Operation not allowed for current user: the read-only demo role cannot change anything',
        reason: 'The read-only demo role cannot change anything',
      },
    ]);
  }
}
