import { describe, expect, it } from 'vitest';
import { bffConfigFromEnv, normalizeApiBaseUrl } from './bff-config';

describe('bffConfigFromEnv', () => {
  it('talks to api.equinix.com unless told otherwise, and only there', () => {
    const config = bffConfigFromEnv({});
    expect(config.defaultApiBaseUrl).toBe('https://api.equinix.com');
    expect(config.allowedApiBaseUrls).toEqual(['https://api.equinix.com']);
    expect(config.environmentCredentials).toBeUndefined();
  });

  it('reads the API URL, extra allowed URLs and the server’s own credentials', () => {
    const config = bffConfigFromEnv({
      FABRIC_API_URL: 'http://127.0.0.1:4304/',
      FABRIC_ALLOWED_API_URLS: 'https://sandbox.example.com, https://api.equinix.com',
      FABRIC_CLIENT_ID: 'id',
      FABRIC_CLIENT_SECRET: 'secret',
    });
    expect(config.defaultApiBaseUrl).toBe('http://127.0.0.1:4304');
    expect(config.allowedApiBaseUrls).toEqual([
      'http://127.0.0.1:4304',
      'https://sandbox.example.com',
      'https://api.equinix.com',
    ]);
    expect(config.environmentCredentials).toEqual({ clientId: 'id', clientSecret: 'secret' });
    expect(bffConfigFromEnv({ FABRIC_ALLOWED_API_URLS: '*' }).allowedApiBaseUrls).toBe('any');
  });

  it('refuses to start half-configured, naming every problem', () => {
    expect(() =>
      bffConfigFromEnv({ FABRIC_API_URL: 'ftp://x', FABRIC_CLIENT_ID: 'only-the-id' }),
    ).toThrow(/FABRIC_API_URL must be an http\(s\) URL[\s\S]*set both FABRIC_CLIENT_ID/);
  });
});

describe('normalizeApiBaseUrl', () => {
  it('keeps http(s) origins and paths, drops a trailing slash, refuses the rest', () => {
    expect(normalizeApiBaseUrl(' https://api.equinix.com/ ')).toBe('https://api.equinix.com');
    expect(normalizeApiBaseUrl('https://gw.example.com/equinix/')).toBe(
      'https://gw.example.com/equinix',
    );
    expect(normalizeApiBaseUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeApiBaseUrl('https://user:pw@api.equinix.com')).toBeUndefined();
    expect(normalizeApiBaseUrl('https://api.equinix.com?x=1')).toBeUndefined();
    expect(normalizeApiBaseUrl('not a url')).toBeUndefined();
  });
});
