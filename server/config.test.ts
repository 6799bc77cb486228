import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

const secret = 'x'.repeat(32);

describe('configFromEnv', () => {
  it('needs nothing for npm start: demo mode on 127.0.0.1, a generated session secret', () => {
    const config = configFromEnv({}, 'dev');
    expect(config).toMatchObject({
      mode: 'demo',
      host: '127.0.0.1',
      port: 5173,
      redisUrl: undefined,
    });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.sessions).toEqual({
      idleMs: 30 * 60_000,
      absoluteMs: 12 * 3_600_000,
      perAddress: 20,
      max: 10_000,
    });
    expect(config.signIn).toEqual({ failures: 5, windowMs: 15 * 60_000 });
  });

  it('talks to api.equinix.com unless told otherwise, and only there', () => {
    const { bff } = configFromEnv({ PORTAL_MODE: 'live' }, 'dev');
    expect(bff.defaultApiBaseUrl).toBe('https://api.equinix.com');
    expect(bff.allowedApiBaseUrls).toEqual(['https://api.equinix.com']);
    expect(bff.environmentCredentials).toBeUndefined();
  });

  it('reads the API URLs, the server’s own credentials, the proxy and the limits', () => {
    const config = configFromEnv(
      {
        PORTAL_MODE: 'live',
        SESSION_SECRET: secret,
        PORT: '8080',
        HOST: '0.0.0.0',
        FABRIC_API_URL: 'https://sandbox.example.com/',
        FABRIC_ALLOWED_API_URLS: 'https://a.example.com, https://b.example.com/x/',
        FABRIC_CLIENT_ID: ' id ',
        FABRIC_CLIENT_SECRET: 'secret',
        TRUST_PROXY: '10.0.0.0/8,127.0.0.1',
        ALLOWED_HOSTS: 'portal.example.com',
        REDIS_URL: 'redis://cache:6379',
        SESSION_IDLE_MINUTES: '10',
        SESSIONS_MAX: '500',
      },
      'production',
    );
    expect(config.port).toBe(8080);
    expect(config.bff.allowedApiBaseUrls).toEqual([
      'https://sandbox.example.com',
      'https://a.example.com',
      'https://b.example.com/x',
    ]);
    expect(config.bff.environmentCredentials).toEqual({ clientId: 'id', clientSecret: 'secret' });
    expect(config.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(config.allowedHosts).toContain('portal.example.com');
    expect(config.allowedHosts).not.toContain('0.0.0.0');
    expect(config.sessions).toMatchObject({ idleMs: 10 * 60_000, max: 500 });
    expect(configFromEnv({ FABRIC_ALLOWED_API_URLS: '*' }, 'dev').bff.allowedApiBaseUrls).toBe(
      'any',
    );
  });

  it('refuses to start half-configured, naming every problem', () => {
    const start = () =>
      configFromEnv(
        {
          PORTAL_MODE: 'live',
          PORT: 'eighty',
          FABRIC_API_URL: 'ftp://x',
          FABRIC_ALLOWED_API_URLS: 'not a url',
          FABRIC_CLIENT_ID: 'only-the-id',
          REDIS_URL: 'http://cache',
          SESSIONS_MAX: '-1',
        },
        'production',
      );
    expect(start).toThrow(/PORT/);
    const message = (() => {
      try {
        start();
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    for (const setting of [
      'PORT',
      'FABRIC_API_URL',
      'FABRIC_ALLOWED_API_URLS',
      'REDIS_URL',
      'SESSIONS_MAX',
    ]) {
      expect(message).toContain(setting);
    }
  });

  it('requires SESSION_SECRET for live mode in production and with Redis', () => {
    expect(() => configFromEnv({ PORTAL_MODE: 'live' }, 'production')).toThrow(/SESSION_SECRET/);
    expect(() => configFromEnv({ REDIS_URL: 'redis://cache' }, 'dev')).toThrow(/SESSION_SECRET/);
    expect(() =>
      configFromEnv({ PORTAL_MODE: 'live', SESSION_SECRET: 'short' }, 'production'),
    ).toThrow(/SESSION_SECRET: must be at least 32 characters/);
    expect(configFromEnv({}, 'production').mode).toBe('demo');
  });
});
