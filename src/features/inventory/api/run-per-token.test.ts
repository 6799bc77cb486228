import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { describeFailure, runPerToken } from './run-per-token';

describe('per-token bulk actions', () => {
  it('runs every token in order and reports each outcome', async () => {
    const seen: string[] = [];
    const refused = new ApiError(
      'http',
      400,
      [{ errorCode: 'EQ-3142501', errorMessage: 'Invalid input' }],
      undefined,
      'Invalid input',
    );
    const progress: number[] = [];
    const results = await runPerToken(
      [{ uuid: 'a', name: 'A' }, { uuid: 'b' }, { name: 'no uuid' }],
      async (uuid) => {
        seen.push(uuid);
        if (uuid === 'b') throw refused;
      },
      'Deleted',
      (done) => progress.push(done),
    );
    expect(seen).toEqual(['a', 'b']);
    expect(progress).toEqual([1, 2, 3]);
    expect(results.map(({ ok, message }) => [ok, message])).toEqual([
      [true, 'Deleted'],
      [false, 'Invalid input (EQ-3142501)'],
      [false, 'This token has no uuid'],
    ]);
    expect(describeFailure(new Error('boom'))).toBe('boom');
  });
});
