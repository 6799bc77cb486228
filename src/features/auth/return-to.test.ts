import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnTo('/service-tokens/create/details')).toBe('/service-tokens/create/details');
    expect(safeReturnTo('/service-tokens?state=INACTIVE&page=2')).toBe(
      '/service-tokens?state=INACTIVE&page=2',
    );
  });

  it('sends anything else to the inventory', () => {
    for (const value of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'service-tokens',
      '/sign-in?returnTo=/x',
    ]) {
      expect(safeReturnTo(value), String(value)).toBe('/service-tokens');
    }
  });
});
