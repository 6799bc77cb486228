import { describe, expect, it } from 'vitest';
import type { ServiceToken } from '@/api/types';
import { hasTokenNearExpiry } from './use-token-search';

const hour = 3_600_000;
const now = Date.parse('2030-05-10T12:00:00Z');
const expiring = (state: ServiceToken['state'], hours: number): ServiceToken => ({
  state,
  expirationDateTime: new Date(now + hours * hour).toISOString(),
});

describe('refetching near expiry', () => {
  it('polls only while a shown INACTIVE token expires within a day', () => {
    expect(hasTokenNearExpiry({ data: [expiring('INACTIVE', 23)] }, now)).toBe(true);
    expect(hasTokenNearExpiry({ data: [expiring('INACTIVE', 25)] }, now)).toBe(false);
    expect(hasTokenNearExpiry({ data: [expiring('ACTIVE', 1)] }, now)).toBe(false);
    expect(hasTokenNearExpiry(undefined, now)).toBe(false);
  });
});
