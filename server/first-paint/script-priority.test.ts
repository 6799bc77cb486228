import { describe, expect, it } from 'vitest';
import { withLowPriorityScripts } from './script-priority';

describe('withLowPriorityScripts', () => {
  it('gives the module script and every module preload the low fetch priority', () => {
    const built =
      '<head><script type="module" crossorigin src="/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/browser-b.js" data-demo-backend>' +
      '<link rel="icon" href="/favicon.svg"></head>';
    expect(withLowPriorityScripts(built)).toBe(
      '<head><script type="module" fetchpriority="low" crossorigin src="/assets/index-a.js"></script>' +
        '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/browser-b.js" data-demo-backend>' +
        '<link rel="icon" href="/favicon.svg"></head>',
    );
  });

  it('leaves a priority already written alone', () => {
    const written = '<link rel="modulepreload" fetchpriority="low" crossorigin href="/a.js">';
    expect(withLowPriorityScripts(written)).toBe(written);
  });
});
