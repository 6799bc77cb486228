import { describe, expect, it } from 'vitest';
import { addRecipients, splitAddresses } from './recipients';

describe('adding recipients', () => {
  it('splits pasted lists on commas, semicolons and spaces', () => {
    expect(splitAddresses(' a@x.example, b@x.example;c@x.example  d@x.example ')).toEqual([
      'a@x.example',
      'b@x.example',
      'c@x.example',
      'd@x.example',
    ]);
  });

  it('adds valid new addresses and hands back the refused ones with a reason', () => {
    expect(addRecipients(['a@x.example'], 'b@x.example')).toEqual({
      emails: ['a@x.example', 'b@x.example'],
      rest: '',
      problem: undefined,
    });
    expect(addRecipients([], 'nope')).toEqual({
      emails: [],
      rest: 'nope',
      problem: 'nope is not a valid email address',
    });
    expect(addRecipients(['a@x.example'], 'A@X.example')).toEqual({
      emails: ['a@x.example'],
      rest: 'A@X.example',
      problem: 'A@X.example is already a recipient',
    });
  });

  it('stops at 12 recipients: the 12th is taken, the 13th refused', () => {
    const eleven = Array.from({ length: 11 }, (_, n) => `u${n}@x.example`);
    const twelve = addRecipients(eleven, 'u11@x.example');
    expect(twelve.emails).toHaveLength(12);
    expect(twelve.problem).toBeUndefined();
    const thirteen = addRecipients(twelve.emails, 'u12@x.example');
    expect(thirteen.emails).toHaveLength(12);
    expect(thirteen.problem).toBe('You can send a token to at most 12 recipients');
  });
});
