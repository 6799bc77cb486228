import { getDomain as listed } from 'tldts';
import { describe, expect, it } from 'vitest';
import { getDomain } from './tldts';

describe('the public suffix stand-in', () => {
  it.each([
    'localhost',
    '127.0.0.1',
    'portal.localhost',
    'example.com',
    'a.b.example.com',
    '[::1]',
  ])('answers %s as tldts does for the hosts the demo runs on', (host) => {
    expect(getDomain(host)).toBe(
      listed(host, { allowIcannDomains: true, allowPrivateDomains: true }),
    );
  });
});
