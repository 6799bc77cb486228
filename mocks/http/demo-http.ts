import { HttpResponse, type HttpHandler } from 'msw';
import {
  createOpenApiHttp,
  type HttpMethod,
  type ResponseResolver,
  type ResponseResolverInfo,
} from 'openapi-msw';
import type { paths } from '@/api/schema.gen';
import { demoStore } from '../store/instance';
import type { DemoStore } from '../store/demo-store';
import { ApiProblem, problem } from './api-problem';
import { errorCodes } from './error-codes';
import { errorResponse, newCorrelationId } from './error-response';
import { authorize, InjectedAnswer, NetworkDown, simulateNetwork } from './simulation';

/** What every demo handler gets besides MSW's info: the store, the parsed body, the URL. */
export interface DemoContext {
  store: DemoStore;
  /** The JSON body, parsed but not trusted (undefined when there is none). */
  body: unknown;
  url: URL;
}

type PathsFor<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends Record<M, unknown> ? P : never;
}[keyof paths];

type DemoResolver<P extends keyof paths, M extends HttpMethod> = (
  info: ResponseResolverInfo<paths, P, M> & { demo: DemoContext },
) => Response | Promise<Response>;

export interface RouteOptions {
  /** Changes data: refused for the read-only role, persisted before the answer leaves. */
  write?: boolean;
}

// '*' matches any origin: the page's own in the browser, http://localhost in Node.
const http = createOpenApiHttp<paths>({ baseUrl: '*' });

async function readJson(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'DELETE' || request.method === 'HEAD')
    return undefined;
  const text = await request.clone().text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    throw problem(
      400,
      errorCodes.invalidInput,
      `The request body is not valid JSON (${detail})`,
      '',
    );
  }
}

/**
 * The one wrapper around every API handler: tab sync and expiry, latency, offline and injected
 * failures, bearer and role checks, body parsing, persistence of writes, and every thrown
 * ApiProblem (or bug) turned into the API's error body with a fresh correlation id.
 */
export async function runDemoRequest(
  request: Request,
  options: RouteOptions,
  handle: (demo: DemoContext) => Promise<Response> | Response,
): Promise<Response> {
  const url = new URL(request.url);
  const store = demoStore;
  try {
    await store.prepare();
    await simulateNetwork(store, request, url.pathname);
    authorize(store, request, options.write ?? false);
    const body = await readJson(request);
    const response = await handle({ store, body, url });
    await store.flush();
    return response;
  } catch (error) {
    if (error instanceof NetworkDown) return HttpResponse.error();
    if (error instanceof InjectedAnswer) {
      return new HttpResponse(JSON.stringify(error.answer), {
        status: error.status,
        headers: { 'Content-Type': 'application/json', 'X-Correlation-Id': newCorrelationId() },
      });
    }
    if (error instanceof ApiProblem) return errorResponse(error, url.pathname, newCorrelationId());
    console.error('[demo backend] unexpected error', error);
    const why = error instanceof Error ? error.message : String(error);
    const crash = new ApiProblem(500, [
      {
        errorCode: errorCodes.internalError,
        errorMessage: 'Internal Server Error',
        details: why,
        reason: why,
      },
    ]);
    return errorResponse(crash, url.pathname);
  }
}

function wrap<P extends keyof paths, M extends HttpMethod>(
  resolver: DemoResolver<P, M>,
  options: RouteOptions,
): ResponseResolver<paths, P, M> {
  return async (info) => {
    const response = await runDemoRequest(info.request, options, (demo) =>
      resolver({ ...info, demo }),
    );
    // openapi-msw types the result with a conditional type over the response body that
    // TypeScript cannot resolve for a generic path; the handler built the body with the typed
    // `response(status).json(...)` helper, so only the wrapper's own errors are untyped here.
    return response as Awaited<ReturnType<ResponseResolver<paths, P, M>>>;
  };
}

/** Typed like openapi-msw's `http` (paths, params, bodies from the contract), wrapped once. */
export const demoHttp = {
  get: <P extends PathsFor<'get'>>(
    path: P,
    resolver: DemoResolver<P, 'get'>,
    options: RouteOptions = {},
  ): HttpHandler => http.get(path, wrap(resolver, options)),
  post: <P extends PathsFor<'post'>>(
    path: P,
    resolver: DemoResolver<P, 'post'>,
    options: RouteOptions = {},
  ): HttpHandler => http.post(path, wrap(resolver, options)),
  patch: <P extends PathsFor<'patch'>>(
    path: P,
    resolver: DemoResolver<P, 'patch'>,
    options: RouteOptions = {},
  ): HttpHandler => http.patch(path, wrap(resolver, options)),
  delete: <P extends PathsFor<'delete'>>(
    path: P,
    resolver: DemoResolver<P, 'delete'>,
    options: RouteOptions = {},
  ): HttpHandler => http.delete(path, wrap(resolver, options)),
};
