import { describe, expect, it } from 'vitest';
import { recipientError, recipientsValid } from './recipient-rows';

describe('recipient rows', () => {
  it('explains an empty, invalid or repeated address beside its row', () => {
    const rows = ['a@example.com', '', 'nope', 'A@example.com '];
    expect(recipientError(rows, 0)).toBeUndefined();
    expect(recipientError(rows, 1)).toBe('Enter an email address.');
    expect(recipientError(rows, 2)).toBe('Enter a valid email address, like name@example.com.');
    expect(recipientError(rows, 3)).toBe('This address is already in the list.');
  });

  it('accepts 1 to 12 valid, distinct addresses', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `r${i}@example.com`);
    expect(recipientsValid([])).toBe(false);
    expect(recipientsValid(many(1))).toBe(true);
    expect(recipientsValid(many(12))).toBe(true);
    expect(recipientsValid(many(13))).toBe(false);
  });
});
