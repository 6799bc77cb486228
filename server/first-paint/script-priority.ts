import type { Plugin } from 'vite';

/**
 * The page's scripts are fetched at low priority (docs/decisions/012-one-start-up-chunk.md).
 *
 * Nothing on the page competes with them: its first paint is the server's shell with its styles
 * inline (009, 010), and it has no other script, stylesheet or font. Lighthouse's simulated load,
 * though, counts a high-priority script that arrived before the first paint as holding that paint
 * back, unless it saw the script evaluated after the paint; module scripts never report that
 * evaluation. Served from this machine, the scripts often arrive before the shell is painted, so
 * the simulated first paint then waited for all of them (2.8–3.0 s instead of about 1.0 s).
 */
export const scriptFetchPriority = 'low';

const unprioritised = /<(script type="module"|link rel="modulepreload")(?![^>]*\sfetchpriority=)/g;

/** Adds `fetchpriority="low"` to every module script and module preload in `html`. */
export const withLowPriorityScripts = (html: string) =>
  html.replace(unprioritised, `<$1 fetchpriority="${scriptFetchPriority}"`);

/** Build only: the built index.html's module script and preloads get the low fetch priority. */
export function lowPriorityScripts(): Plugin {
  return {
    name: 'low-priority-scripts',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withLowPriorityScripts },
  };
}
