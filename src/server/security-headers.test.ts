import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('lets only same-origin scripts run in the production build', () => {
    const policy = directives(contentSecurityPolicy('preview'));
    expect(policy.get('script-src')).toBe(`'self'`);
    expect(policy.get('object-src')).toBe(`'none'`);
    expect(policy.get('frame-ancestors')).toBe(`'none'`);
    expect(policy.get('worker-src')).toBe(`'self'`);
    expect(policy.get('base-uri')).toBe(`'self'`);
    expect(contentSecurityPolicy('preview')).not.toMatch(/unsafe-eval/);
  });

  it('allows inline styles only, never inline scripts', () => {
    const policy = directives(contentSecurityPolicy('preview'));
    expect(policy.get('style-src')).toContain(`'unsafe-inline'`);
    for (const [name, value] of policy) {
      if (name !== 'style-src') expect(value, name).not.toContain('unsafe-inline');
    }
  });

  it('admits the dev server’s Fast Refresh preamble by its hash, not by unsafe-inline', () => {
    const scriptSrc = directives(contentSecurityPolicy('dev')).get('script-src') ?? '';
    expect(scriptSrc).toMatch(/^'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});

describe('securityHeaders', () => {
  it('adds the policy and the hardening headers to every response, then passes on', () => {
    const setHeader = vi.fn();
    const next = vi.fn();
    securityHeaders('preview')(
      {} as IncomingMessage,
      { setHeader } as unknown as ServerResponse,
      next,
    );
    const headers = Object.fromEntries(setHeader.mock.calls as [string, string][]);
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy('preview'));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(next).toHaveBeenCalledOnce();
  });
});
