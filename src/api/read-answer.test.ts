import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { isApiError } from './api-error';
import { answers } from './answers';
import { api, unwrap } from './client';

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

const search = () =>
  unwrap(
    api.POST('/fabric/v4/serviceTokens/search', { body: { pagination: { offset: 0, limit: 5 } } }),
    answers.searchServiceTokens,
  );

describe('answers checked where they enter the client', () => {
  it('pass an answer of the documented shape through whole', async () => {
    const page = {
      data: [{ uuid: 't-1', state: 'INACTIVE', name: 'kept' }],
      pagination: { total: 1, limit: 5 },
    };
    server.use(http.post('*/fabric/v4/serviceTokens/search', () => HttpResponse.json(page)));
    expect(await search()).toEqual(page);
  });

  it('turn a 200 of another shape into an error naming the operation, with the correlation id', async () => {
    server.use(
      http.post('*/fabric/v4/serviceTokens/search', () =>
        HttpResponse.json({ data: 'not-an-array' }, { headers: { 'X-Correlation-Id': 'c-9' } }),
      ),
    );
    const error = await failure(search());
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'unreadable', status: 200, correlationId: 'c-9' });
    expect((error as Error).message).toBe(
      'The portal could not read the answer to Search service tokens: data is a string, not a list.',
    );
  });

  it('name the item and the field that is wrong', async () => {
    server.use(
      http.get('*/ne/v1/devices', () =>
        HttpResponse.json({
          pagination: { offset: 0, limit: 20, total: 1 },
          data: [{ uuid: 'd', name: 'edge', status: 'PROVISIONED', interfaces: null }],
        }),
      ),
    );
    const error = await failure(unwrap(api.GET('/ne/v1/devices'), answers.listDevices));
    expect((error as Error).message).toContain('data[0].interfaces is null, not a list');
  });

  it('say which fields came back when the one the screen needs is missing, never their values', async () => {
    server.use(
      http.post('*/fabric/v4/serviceTokens', () =>
        HttpResponse.json({ type: 'VC_TOKEN', name: 'secret-value-x' }, { status: 201 }),
      ),
    );
    const error = await failure(
      unwrap(api.POST('/fabric/v4/serviceTokens', { body: {} }), answers.createServiceToken),
    );
    const { message } = error as Error;
    expect(message).toBe(
      'The portal could not read the answer to Create a service token: uuid is missing; it has type, name.',
    );
    expect(message).not.toContain('secret-value-x');
  });

  it('refuse a body that is not JSON at all', async () => {
    server.use(
      http.post('*/fabric/v4/serviceTokens/search', () => HttpResponse.text('<html>ok</html>')),
    );
    const error = await failure(search());
    expect(isApiError(error) && error.kind).toBe('unreadable');
  });
});
