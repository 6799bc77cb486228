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

  it('keeps the demo backend preload in demo mode only', () => {
    const html =
      '<head><meta name="portal-mode" content="demo" />\n' +
      '<link rel="modulepreload" crossorigin href="/assets/browser-x.js" data-demo-backend>\n</head>';
    expect(withMode(html, 'demo')).toContain('browser-x.js');
    expect(withMode(html, 'live')).not.toContain('browser-x.js');
    expect(withMode(html, 'live')).toContain('<meta name="portal-mode" content="live" />');
  });
});
