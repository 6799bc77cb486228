import { describe, expect, it } from 'vitest';
import { daysFromNow, latestExpiration } from '@/lib/token-rules';
import { expirationError, expirationFromDateInput, toDateInputValue } from './expiration-choice';

const now = new Date(2030, 4, 10, 15, 30, 0);

describe('expiration choice', () => {
  it('means the picked day at the current time of day', () => {
    const picked = expirationFromDateInput('2030-05-20', now);
    expect(picked).toEqual(new Date(2030, 4, 20, 15, 30, 0));
  });

  it('never goes past 90 days from now', () => {
    const last = toDateInputValue(latestExpiration(now));
    expect(expirationFromDateInput(last, now)!.getTime()).toBeLessThanOrEqual(
      latestExpiration(now).getTime(),
    );
    expect(expirationError(last, now)).toBeUndefined();
  });

  it('refuses today, the past, more than 90 days and nonsense', () => {
    expect(expirationError(toDateInputValue(now), now)).toBe(
      'The expiration must be later than now.',
    );
    expect(expirationError('2030-05-01', now)).toBe('The expiration must be later than now.');
    expect(expirationError(toDateInputValue(daysFromNow(91, now)), now)).toBe(
      'The expiration can be at most 90 days from now.',
    );
    expect(expirationError('', now)).toBe('Choose a date.');
    expect(expirationError('soon', now)).toBe('Enter a valid date.');
    expect(expirationError(toDateInputValue(daysFromNow(1, now)), now)).toBeUndefined();
  });
});
