import { describe, expect, it } from 'vitest';
import { serverMode, withMode } from './vite-plugin';

describe('the portal server mode', () => {
  it('is demo unless PORTAL_MODE=live', () => {
    expect(serverMode({})).toBe('demo');
    expect(serverMode({ PORTAL_MODE: 'live' })).toBe('live');
    expect(serverMode({ PORTAL_MODE: 'LIVE' })).toBe('demo');
  });

  it('is written into index.html', () => {
    const html = '<head><meta name="portal-mode" content="demo" /></head>';
    expect(withMode(html, 'live')).toBe('<head><meta name="portal-mode" content="live" /></head>');
  });
});
