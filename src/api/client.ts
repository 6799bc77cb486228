import createClient, { type Middleware } from 'openapi-fetch';
import { config } from '@/config/env';
import { apiErrorFromResponse, networkError, type ApiError } from './api-error';
import type { paths } from './schema.gen';
import { session } from './session';

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

/** Every non-2xx answer becomes one ApiError; a request that got no answer becomes one too. */
const errorMiddleware: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return response;
    const error = await apiErrorFromResponse(response);
    if (error.status === 401) session.expire();
    throw error;
  },
  onError({ error }) {
    if (error instanceof Error && error.name === 'ApiError') return error;
    return networkError(error);
  },
};

// Looked up on every call, not captured once, so tools that wrap fetch later (MSW in Node) apply.
const currentFetch = (request: Request) => globalThis.fetch(request);

export function createApiClient(baseUrl: string, fetchImpl: typeof currentFetch = currentFetch) {
  const client = createClient<paths>({ baseUrl, credentials: 'same-origin', fetch: fetchImpl });
  client.use(bearerMiddleware, errorMiddleware);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api: ApiClient = createApiClient(config.apiBaseUrl);

/** openapi-fetch resolves with `{ data }` once the middleware has thrown for every error. */
export async function unwrap<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await request;
  if (error !== undefined || data === undefined) throw await apiErrorFromResponse(response);
  return data;
}

export type { ApiError };
