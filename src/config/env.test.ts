import { describe, expect, it } from 'vitest';
import { parseConfig } from './env';

describe('parseConfig', () => {
  it('accepts demo and live with an absolute API base URL', () => {
    expect(parseConfig({ mode: 'demo', apiBaseUrl: 'http://localhost:5173' }).mode).toBe('demo');
    expect(parseConfig({ mode: 'live', apiBaseUrl: 'https://portal.example.com' }).mode).toBe(
      'live',
    );
  });

  it('names every problem at start-up', () => {
    expect(() => parseConfig({ mode: 'staging', apiBaseUrl: 'not a url' })).toThrow(
      /mode: portal-mode must be "demo" or "live"[\s\S]*apiBaseUrl: the API base URL must be an absolute URL/,
    );
  });
});

describe('parseConfig, each bound', () => {
  it.each([
    [{ apiBaseUrl: 'http://localhost' }, /mode: portal-mode/],
    [{ mode: 'demo' }, /apiBaseUrl: the API base URL/],
    [{ mode: 'demo', apiBaseUrl: '/relative' }, /apiBaseUrl: the API base URL/],
  ])('refuses %o', (input, message) => {
    expect(() => parseConfig(input)).toThrow(message);
  });
});
