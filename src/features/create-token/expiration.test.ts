import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestExpiration } from '@/lib/token-rules';
import { dateInputValue, daysAhead, expirationDateTime, expirationProblem } from './expiration';

const now = new Date(2025, 0, 15, 10, 30);

describe('the expiration date', () => {
  it('reads the calendar date a number of days ahead, across month and year ends', () => {
    expect(dateInputValue(0, now)).toBe('2025-01-15');
    expect(dateInputValue(17, now)).toBe('2025-02-01');
    expect(dateInputValue(90, new Date(2025, 11, 1))).toBe('2026-03-01');
  });

  it('counts whole days from today, and rejects what is not a date', () => {
    expect(daysAhead('2025-01-15', now)).toBe(0);
    expect(daysAhead('2025-01-16', now)).toBe(1);
    expect(daysAhead('2025-04-15', now)).toBe(90);
    expect(daysAhead('2025-02-30', now)).toBeUndefined();
    expect(daysAhead('15/01/2025', now)).toBeUndefined();
  });

  it('must be after today and at most 90 days ahead (both sides of each bound)', () => {
    expect(expirationProblem('', now)).toBe('missing');
    expect(expirationProblem('2025-13-01', now)).toBe('invalid');
    expect(expirationProblem(dateInputValue(0, now), now)).toBe('past');
    expect(expirationProblem(dateInputValue(1, now), now)).toBeUndefined();
    expect(expirationProblem(dateInputValue(90, now), now)).toBeUndefined();
    expect(expirationProblem(dateInputValue(91, now), now)).toBe('too-late');
  });

  it('is sent as now plus the chosen number of days, in UTC', () => {
    expect(expirationDateTime(dateInputValue(90, now), now)).toBe(
      new Date(now.getTime() + 90 * 86_400_000).toISOString(),
    );
    expect(expirationDateTime('2025-01-22', now)).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    );
  });

  it('never lands beyond 90 days from the moment the request is built, nor in the past', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2020, 0, 1), max: new Date(2035, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 1, max: 90 }),
        (moment, days) => {
          const sent = new Date(expirationDateTime(dateInputValue(days, moment), moment));
          return sent > moment && sent <= latestExpiration(moment);
        },
      ),
    );
  });
});
