import { criticalStyleTag, type CriticalCss } from './critical-css';
import { pageShell, shellStyles } from './page-shell';
import { preloadLinks, type RoutePreloads } from './route-preloads';
import { routeOf, shownPath } from './server-routes';

export type PortalMode = 'demo' | 'live';

const modeMeta = /<meta name="portal-mode" content="[a-z]+" \/>/;

/** Whether the request carries a live BFF session; unknown where the server cannot tell. */
export type SessionHint = 'signed-in' | 'signed-out';

/** What a production build adds to the page it serves (neither applies to the dev server). */
export interface BuildRecords {
  /** Per route module, the chunks to preload (route-preloads.ts). */
  preloads?: RoutePreloads;
  /** Per route module, the styles of its first render (critical-css.ts). */
  styles?: CriticalCss;
}

/**
 * Writes the server's mode into index.html, so one build serves both modes, and in live mode
 * whether the visitor is signed in: the page then goes straight to sign-in, without first
 * loading the page it cannot show. Given the requested path, it also writes the first paint of
 * the page the app will show (page-shell.ts) into `#root`, and from the build's records, links
 * to that page's chunks and the styles of its first render.
 */
export function withMode(
  html: string,
  mode: PortalMode,
  session?: SessionHint,
  pathname?: string,
  build: BuildRecords = {},
): string {
  const sessionMeta = session ? `<meta name="portal-session" content="${session}" />` : '';
  let page = html.replace(modeMeta, `<meta name="portal-mode" content="${mode}" />${sessionMeta}`);
  if (pathname !== undefined) {
    const shown = shownPath(pathname, mode, session);
    const { module } = routeOf(shown);
    // After the first paint's markup, not in the head: parsed there, the styles held the first
    // paint back by 10–20 ms (docs/decisions/010-critical-css.md). Emotion moves them to the head.
    const styles = build.styles ? criticalStyleTag(module, build.styles) : '';
    page = page
      .replace('</head>', `${preloadLinks(build.preloads?.[module])}${shellStyles}</head>`)
      .replace(emptyRoot, `<div id="root">${pageShell(shown, mode)}</div>${styles}`);
  }
  // The build preloads the demo backend's chunk (vite.config.ts); live mode never needs it.
  return mode === 'live' ? page.replace(demoPreload, '') : page;
}

const demoPreload = /<link [^>]*data-demo-backend[^>]*>\s*/g;
const emptyRoot = '<div id="root"></div>';
