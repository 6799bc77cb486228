import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { maxQueryRetries, retryDelay, shouldRetryQuery, slowFailureMs } from './retry';

const httpError = (status: number) => new ApiError('http', status, [], undefined, 'x');

describe('shouldRetryQuery', () => {
  it('retries a network failure and a 5xx', () => {
    expect(shouldRetryQuery(0, new ApiError('network', 0, [], undefined, 'offline'))).toBe(true);
    expect(shouldRetryQuery(0, httpError(500))).toBe(true);
    expect(shouldRetryQuery(1, httpError(503))).toBe(true);
  });

  it('never retries a 4xx', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(shouldRetryQuery(0, httpError(status))).toBe(false);
    }
  });

  it('never retries a cancelled request or an unknown error', () => {
    expect(shouldRetryQuery(0, new ApiError('aborted', 0, [], undefined, 'x'))).toBe(false);
    expect(shouldRetryQuery(0, new Error('bug'))).toBe(false);
  });

  it('never retries a failure that was slow to come, a timeout or an unreadable answer', () => {
    const slow = new ApiError('http', 502, [], undefined, 'x', { elapsedMs: slowFailureMs });
    const fast = new ApiError('http', 502, [], undefined, 'x', { elapsedMs: slowFailureMs - 1 });
    expect(shouldRetryQuery(0, slow)).toBe(false);
    expect(shouldRetryQuery(0, fast)).toBe(true);
    expect(shouldRetryQuery(0, new ApiError('timeout', 0, [], undefined, 'x'))).toBe(false);
    expect(shouldRetryQuery(0, new ApiError('unreadable', 200, [], undefined, 'x'))).toBe(false);
  });

  it(`stops after ${maxQueryRetries} retries`, () => {
    expect(shouldRetryQuery(maxQueryRetries - 1, httpError(500))).toBe(true);
    expect(shouldRetryQuery(maxQueryRetries, httpError(500))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off and is capped', () => {
    expect(retryDelay(0)).toBeLessThan(retryDelay(1));
    expect(retryDelay(10)).toBe(4000);
  });
});
