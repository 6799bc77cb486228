import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connect } from 'vite';
import { criticalCss, criticalStyleTag, type CriticalCss } from './critical-css';
import { pageShell, shellStyles } from './page-shell';
import { preloadLinks, readRoutePreloads, type RoutePreloads } from './route-preloads';
import { routeOf, shownPath } from './server-routes';

export type PortalMode = 'demo' | 'live';

/** The mode the dev or preview server runs the page in: `PORTAL_MODE=live`, else demo. */
export function serverMode(env: NodeJS.ProcessEnv = process.env): PortalMode {
  return env.PORTAL_MODE === 'live' ? 'live' : 'demo';
}

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

/** The path of a request's URL (`/service-tokens?state=…` → `/service-tokens`). */
export const pathOf = (url: string | undefined) => (url ?? '/').split(/[?#]/)[0] || '/';

/** A page load (not an asset or an API call): the SPA's routes have no file extension. */
function isPageRequest(req: Connect.IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!(req.headers.accept ?? '').includes('text/html')) return false;
  const pathname = pathOf(req.url);
  return (
    pathname.endsWith('/') ||
    pathname.endsWith('.html') ||
    !path.posix.basename(pathname).includes('.')
  );
}

/**
 * The preview server serves the built index.html as a file, so the mode is written in as it is
 * sent (a meta tag, not an inline script: the page's CSP allows scripts from 'self' only).
 */
export function servePageWithMode(
  outDir: string,
  mode: PortalMode,
  sessionOf?: (req: Connect.IncomingMessage) => SessionHint,
): Connect.NextHandleFunction {
  const indexFile = path.join(outDir, 'index.html');
  return (req, res, next) => {
    if (!isPageRequest(req)) return next();
    Promise.all([readFile(indexFile, 'utf8'), readRoutePreloads(outDir)]).then(
      ([html, preloads]) => {
        const page = withMode(html, mode, sessionOf?.(req), pathOf(req.url), {
          preloads,
          styles: criticalCss,
        });
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Content-Length', Buffer.byteLength(page));
        res.end(req.method === 'HEAD' ? undefined : page);
      },
      next,
    );
  };
}
