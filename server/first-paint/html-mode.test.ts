import { describe, expect, it } from 'vitest';
import { withMode } from './html-mode';

// The server's page route (server/page/page.ts) is tested with the server; these are the page's
// transformations alone.
describe('withMode', () => {
  it('writes the mode into index.html', () => {
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

  it('writes no recorded styles without the build’s records (the dev server’s class names differ)', () => {
    const page =
      '<html><head><meta name="portal-mode" content="demo" /></head><body><div id="root"></div></body></html>';
    expect(withMode(page, 'demo', undefined, '/service-tokens')).not.toContain(
      'data-served-styles',
    );
  });
});
