import createClient, { type Middleware } from 'openapi-fetch';
import { config } from '@/config/env';
import { apiErrorFromResponse, networkError, type ApiError } from './api-error';
import { notJson, unreadableAnswer, type Answer } from './read-answer';
import type { paths } from './schema.gen';
import { session } from './session';

/**
 * How long a request may go unanswered. A gateway in front of the API gives up after about 10 s;
 * an API that hangs beyond this is said to be slow at once, instead of after retries.
 */
export const requestTimeoutMs = 12_000;

const bearerMiddleware: Middleware = {
  async onRequest({ request }) {
    // A backend that could not start is, to the page, a server it cannot reach.
    await session.whenReady().catch((error: unknown) => {
      throw networkError(error);
    });
    const token = session.bearer();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

const startedAt = new Map<string, number>();
const elapsed = (id: string) => {
  const start = startedAt.get(id);
  startedAt.delete(id);
  return start === undefined ? undefined : Date.now() - start;
};

/**
 * Every non-2xx answer becomes one ApiError; a request that got no answer becomes one too. Each
 * error says how long the request took, so a slow failure is not retried (see retry.ts).
 */
const errorMiddleware: Middleware = {
  onRequest({ id }) {
    startedAt.set(id, Date.now());
  },
  async onResponse({ response, id }) {
    const elapsedMs = elapsed(id);
    if (response.ok) return response;
    const error = await apiErrorFromResponse(response, elapsedMs);
    if (error.status === 401) session.expire();
    throw error;
  },
  onError({ error, id }) {
    const elapsedMs = elapsed(id);
    if (error instanceof Error && error.name === 'ApiError') return error;
    return networkError(error, elapsedMs);
  },
};

// fetch is looked up on every call, not captured once, so tools that wrap it later (MSW in Node)
// apply. The caller's signal (a query cancelled) and the client's wait both end the request; the
// wait also bounds reading the body. The wait is a controller its own timer holds, not
// `AbortSignal.timeout`: inside `AbortSignal.any` Node (20 to 23) holds a timeout signal only
// weakly, may collect it, and the request then waits forever (nodejs/node#57736).
const fetchWithin = (timeoutMs: number) => (request: Request) => {
  const wait = new AbortController();
  setTimeout(
    () => wait.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  return globalThis.fetch(request, { signal: AbortSignal.any([request.signal, wait.signal]) });
};

export function createApiClient(baseUrl: string, timeoutMs = requestTimeoutMs) {
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    fetch: fetchWithin(timeoutMs),
  });
  client.use(bearerMiddleware, errorMiddleware);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api: ApiClient = createApiClient(config.apiBaseUrl);

/**
 * The answer of a request, once the middleware has thrown for every error, checked against the
 * shape the screens rely on: an answer of another shape is an error naming the operation.
 */
export async function unwrap<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
  answer: Answer,
): Promise<T> {
  const { data, error, response } = await request.catch((failure: unknown) => {
    // A 2xx whose body is not JSON at all: openapi-fetch fails to parse it.
    if (failure instanceof SyntaxError) throw notJson(answer.operation);
    throw failure;
  });
  if (error !== undefined) throw await apiErrorFromResponse(response);
  const problem = answer.shape.safeParse(data);
  if (!problem.success) throw unreadableAnswer(answer.operation, data, problem.error, response);
  // openapi-fetch leaves `data` undefined only for an empty body, which no shape accepts.
  if (data === undefined) throw unreadableAnswer(answer.operation, data, undefined, response);
  return data;
}

export type { ApiError };
