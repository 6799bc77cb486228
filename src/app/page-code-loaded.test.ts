import { describe, expect, it } from 'vitest';
import { pageCodeLoaded, preloadRoute } from './router';

// A page's code is a real download here (its whole module graph), which takes seconds when busy.
describe('pageCodeLoaded', { timeout: 20_000 }, () => {
  it('is false until the page’s code has arrived, then true', async () => {
    expect(pageCodeLoaded('/sign-in')).toBe(false);
    await preloadRoute('/sign-in');
    expect(pageCodeLoaded('/sign-in')).toBe(true);
  });

  it('answers for the page an address redirects to', async () => {
    expect(pageCodeLoaded('/')).toBe(false);
    await preloadRoute('/service-tokens');
    expect(pageCodeLoaded('/')).toBe(true);
  });
});
