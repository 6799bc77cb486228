import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse, networkError, parseErrorBody } from './api-error';

const errorList = [
  {
    errorCode: 'EQ-3142501',
    errorMessage: 'Invalid VLAN',
    correlationId: 'corr-1',
    additionalInfo: [
      {
        property: '/connection/aSide/accessPointSelectors/0/linkProtocol/vlanTag',
        reason: 'VLAN 5000 is out of range',
      },
    ],
  },
  {
    errorCode: 'EQ-3142501',
    errorMessage: 'Invalid email',
    additionalInfo: [{ property: '/notifications/0/emails/1' }],
  },
];

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

describe('apiErrorFromResponse', () => {
  it('keeps every ErrorList entry, the status and the first correlation id', async () => {
    const error = await apiErrorFromResponse(jsonResponse(400, errorList));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.code).toBe('EQ-3142501');
    expect(error.correlationId).toBe('corr-1');
    expect(error.errors).toHaveLength(2);
    expect(error.message).toBe('Invalid VLAN');
  });

  it('maps additionalInfo properties to field messages, the reason before the message', async () => {
    const error = await apiErrorFromResponse(jsonResponse(400, errorList));
    expect(Object.fromEntries(error.fieldErrors())).toEqual({
      '/connection/aSide/accessPointSelectors/0/linkProtocol/vlanTag': 'VLAN 5000 is out of range',
      '/notifications/0/emails/1': 'Invalid email',
    });
  });

  it('reads the correlation id from the header when the body has none', async () => {
    const error = await apiErrorFromResponse(
      jsonResponse(500, [{ errorCode: 'EQ-3045004', errorMessage: 'Internal error' }], {
        'x-correlation-id': 'hdr-9',
      }),
    );
    expect(error.correlationId).toBe('hdr-9');
    expect(error.isTransient).toBe(true);
  });

  it('accepts a single Error object as well as a list', async () => {
    const error = await apiErrorFromResponse(
      jsonResponse(403, { errorCode: 'EQ-3045003', errorMessage: 'Operation not allowed' }),
    );
    expect(error.code).toBe('EQ-3045003');
    expect(error.isTransient).toBe(false);
  });

  it('gives a readable message when the body is not JSON', async () => {
    const error = await apiErrorFromResponse(
      new Response('<html>Bad gateway</html>', { status: 502 }),
    );
    expect(error.errors).toEqual([]);
    expect(error.message).toBe('The service failed to answer');
    expect(error.isTransient).toBe(true);
  });

  it('explains a 403 without a body', async () => {
    const error = await apiErrorFromResponse(new Response('', { status: 403 }));
    expect(error.message).toBe('Your role does not allow this');
  });
});

describe('parseErrorBody', () => {
  it('drops entries that are not API errors', () => {
    expect(
      parseErrorBody([{ errorCode: 'EQ-1', errorMessage: 'x' }, { nope: true }, 'text']),
    ).toHaveLength(1);
    expect(parseErrorBody(null)).toEqual([]);
  });

  it('keeps an entry whose optional parts are malformed, without those parts', () => {
    const [entry] = parseErrorBody({
      errorCode: 'EQ-1',
      errorMessage: 'Invalid VLAN',
      correlationId: 42,
      additionalInfo: 'vlanTag',
    });
    expect(entry).toMatchObject({ errorCode: 'EQ-1', errorMessage: 'Invalid VLAN' });
    expect(entry?.correlationId).toBeUndefined();
    expect(entry?.additionalInfo).toBeUndefined();
  });
});

describe('networkError', () => {
  it('is transient and says the service could not be reached', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error.kind).toBe('network');
    expect(error.isTransient).toBe(true);
    expect(error.message).toMatch(/could not be reached/);
  });

  it('tells a cancelled request apart', () => {
    const error = networkError(new DOMException('aborted', 'AbortError'));
    expect(error.kind).toBe('aborted');
    expect(error.isTransient).toBe(false);
  });
});
