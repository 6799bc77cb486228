import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { scriptFetchPriority } from './script-priority';
import { type RouteModule, routeModules } from './server-routes';

/**
 * Route chunks named in the page itself (docs/decisions/009). The app downloads a page's code with
 * a dynamic import once its own code has run; a `modulepreload` link in the HTML starts that
 * download, and its parsing, with the app's, so the page's code is there when the app asks.
 * The build records which chunks each route module needs (beyond what every page preloads
 * already); the server names those of the requested page.
 */

export const routePreloadsFile = '.vite/route-preloads.json';

export type RoutePreloads = Partial<Record<RouteModule, string[]>>;

/** Build only: writes `.vite/route-preloads.json` (route module → chunk URLs to preload). */
export function routePreloads(): Plugin {
  return {
    name: 'route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [[output.fileName, output] as const] : [],
        ),
      );
      const closure = (fileName: string, seen = new Set<string>()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) closure(imported, seen);
        return seen;
      };
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      // The entry's own imports are in the page already (Vite writes their links).
      const everyPage = entry ? closure(entry.fileName) : new Set<string>();
      const preloads: RoutePreloads = {};
      for (const chunk of chunks.values()) {
        const route = routeModules.find((name) =>
          chunk.facadeModuleId?.endsWith(`/src/app/routes/${name}.tsx`),
        );
        if (!route) continue;
        preloads[route] = [...closure(chunk.fileName)]
          .filter((fileName) => !everyPage.has(fileName))
          .map((fileName) => `/${fileName}`);
      }
      this.emitFile({
        type: 'asset',
        fileName: routePreloadsFile,
        source: JSON.stringify(preloads),
      });
    },
  };
}

/** The build's record, or none (a build without it preloads nothing extra). */
export async function readRoutePreloads(outDir: string): Promise<RoutePreloads> {
  try {
    return JSON.parse(
      await readFile(path.join(outDir, routePreloadsFile), 'utf8'),
    ) as RoutePreloads;
  } catch {
    return {};
  }
}

/** The `<link rel="modulepreload">` tags for `files`. */
export const preloadLinks = (files: readonly string[] = []) =>
  files
    .map(
      (file) =>
        `<link rel="modulepreload" fetchpriority="${scriptFetchPriority}" crossorigin href="${file}">`,
    )
    .join('');
