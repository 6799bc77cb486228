import createCache, { type EmotionCache } from '@emotion/cache';
import { servedStylesAttribute } from '@/lib/served-styles';

/**
 * MUI's style cache, taking over the styles the server wrote into the page (docs/decisions/010
 * and 012).
 *
 * Emotion's own hand-over (`<style data-emotion="css …">`) moves that element into the head when
 * its cache is created, and a style element that moves is built again by the browser, all of the
 * page's first-render rules, inside the task that evaluates the app's code. Here the
 * element stays where the server wrote it, its names count as inserted, and it is the cache's
 * first style element, as emotion's `hydrate` would make it: later styles go right after it,
 * global ones before it, in the same order as before, in the body instead of the head.
 */
export function createStyleCache(): EmotionCache {
  const served = document.querySelector<HTMLStyleElement>(`style[${servedStylesAttribute}]`);
  if (!served?.parentNode) return createCache({ key: 'css' });
  const cache = createCache({ key: 'css', container: served.parentNode });
  for (const name of served.getAttribute(servedStylesAttribute)?.split(' ') ?? []) {
    if (name) cache.inserted[name] = true;
  }
  cache.sheet.tags.push(served);
  return cache;
}
