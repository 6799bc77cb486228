import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { isApiError } from './api-error';
import { answers } from './answers';
import { api, createApiClient, unwrap } from './client';
import { shouldRetryQuery } from './retry';
import { session } from './session';

const tokenUrl = '*/fabric/v4/serviceTokens/:serviceTokenId';
const get = (serviceTokenId: string) =>
  unwrap(
    api.GET('/fabric/v4/serviceTokens/{serviceTokenId}', { params: { path: { serviceTokenId } } }),
    answers.readServiceToken,
  );

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('the API client', () => {
  const original = session.bearer();
  afterEach(() => session.setBearer(original));

  it('sends the session bearer', async () => {
    session.setBearer('abc123');
    let authorization: string | null = null;
    server.use(
      http.get(tokenUrl, ({ request, params }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ uuid: String(params.serviceTokenId), state: 'INACTIVE' });
      }),
    );
    const token = await get('t-1');
    expect(authorization).toBe('Bearer abc123');
    expect(token.uuid).toBe('t-1');
  });

  it('holds every request until the backend is ready, then sends the bearer it set', async () => {
    session.setBearer(undefined);
    let release: () => void = () => undefined;
    session.waitFor(new Promise<void>((resolve) => (release = resolve)));
    const seen: (string | null)[] = [];
    server.use(
      http.get(tokenUrl, ({ request, params }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json({ uuid: String(params.serviceTokenId), state: 'INACTIVE' });
      }),
    );
    try {
      const pending = get('t-2');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual([]);
      session.setBearer('ready-bearer');
      release();
      await pending;
      expect(seen).toEqual(['Bearer ready-bearer']);
    } finally {
      session.waitFor(Promise.resolve());
    }
  });

  it('fails the held requests, as network failures, when the backend cannot start', async () => {
    const failed = Promise.reject(new Error('no service worker'));
    failed.catch(() => undefined);
    session.waitFor(failed);
    try {
      const error = await failure(get('t-3'));
      expect(isApiError(error) && error.kind).toBe('network');
    } finally {
      session.waitFor(Promise.resolve());
    }
  });

  it('turns an ErrorList answer into one ApiError with its fields and correlation id', async () => {
    server.use(
      http.get(tokenUrl, () =>
        HttpResponse.json(
          [
            {
              errorCode: 'EQ-3034016',
              errorMessage: 'Token not found',
              correlationId: 'c-42',
              additionalInfo: [{ property: 'serviceTokenId', reason: 'Unknown uuid' }],
            },
          ],
          { status: 400 },
        ),
      ),
    );
    const error = await failure(get('missing'));
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.status).toBe(400);
    expect(error.code).toBe('EQ-3034016');
    expect(error.correlationId).toBe('c-42');
    expect(error.fieldErrors().get('serviceTokenId')).toBe('Unknown uuid');
    expect(error.isTransient).toBe(false);
  });

  it('turns a failed connection into a transient network ApiError', async () => {
    server.use(http.get(tokenUrl, () => HttpResponse.error()));
    const error = await failure(get('any'));
    expect(isApiError(error) && error.kind).toBe('network');
    expect(isApiError(error) && error.isTransient).toBe(true);
  });

  it('reports a 401 as an expired session', async () => {
    const expired = vi.fn();
    const stop = session.onExpired(expired);
    server.use(
      http.get(tokenUrl, () =>
        HttpResponse.json([{ errorCode: 'EQ-3000039', errorMessage: 'User not found' }], {
          status: 401,
        }),
      ),
    );
    const error = await failure(get('any'));
    stop();
    expect(isApiError(error) && error.status).toBe(401);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('sends a JSON Patch with its own content type', async () => {
    let contentType: string | null = null;
    let body: unknown;
    server.use(
      http.patch(tokenUrl, async ({ request }) => {
        contentType = request.headers.get('Content-Type');
        body = await request.json();
        return HttpResponse.json({ uuid: 'p-1' });
      }),
    );
    await unwrap(
      api.PATCH('/fabric/v4/serviceTokens/{serviceTokenId}', {
        params: { path: { serviceTokenId: 'p-1' } },
        body: [{ op: 'replace', path: '/name', value: 'edge-1' }],
        headers: { 'Content-Type': 'application/json-patch+json' },
      }),
      answers.changeServiceToken,
    );
    expect(contentType).toBe('application/json-patch+json');
    expect(body).toEqual([{ op: 'replace', path: '/name', value: 'edge-1' }]);
  });
});

describe('the API client’s wait', () => {
  // A wait of a second rather than a blink: on a busy machine MSW may start listening for the
  // abort only after a very short wait has already run out.
  it(
    'gives up on a request left unanswered, with an error that says so and is not retried',
    {
      timeout: 15_000,
    },
    async () => {
      server.use(http.get('*/fabric/v4/metros', () => new Promise<never>(() => {})));
      const client = createApiClient('http://localhost', 1_000);
      const started = Date.now();
      const error = await failure(unwrap(client.GET('/fabric/v4/metros'), answers.listMetros));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error).toMatchObject({ kind: 'timeout' });
      expect(isApiError(error) && error.worthRetrying).toBe(true);
      expect(shouldRetryQuery(0, error)).toBe(false);
    },
  );

  it('times each failure, so a slow one is not retried behind the user’s back', async () => {
    server.use(
      http.get('*/fabric/v4/metros', async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return HttpResponse.json([{ errorCode: 'X', errorMessage: 'gateway' }], { status: 502 });
      }),
    );
    const error = await failure(unwrap(api.GET('/fabric/v4/metros'), answers.listMetros));
    expect(isApiError(error) && error.elapsedMs).toBeGreaterThanOrEqual(140);
  });
});
