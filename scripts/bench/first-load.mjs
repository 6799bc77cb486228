// First-load JavaScript per route: the .js files the browser actually requests, gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clientDir } from './server.mjs';

/**
 * The chunks only the demo backend loads: everything reachable from a `mocks/` module that the
 * app itself cannot reach without going through one. Live mode never requests these.
 */
export function demoOnlyChunks(manifest) {
  const keys = Object.keys(manifest);
  const demoRoots = keys.filter((key) => key.startsWith('mocks/'));
  const entries = keys.filter((key) => manifest[key].isEntry);
  const reach = (roots, skip) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length > 0) {
      const key = stack.pop();
      if (seen.has(key) || skip.has(key) || !manifest[key]) continue;
      seen.add(key);
      stack.push(...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? []));
    }
    return seen;
  };
  const app = reach(entries, new Set(demoRoots));
  const files = new Set();
  for (const key of reach(demoRoots, new Set())) {
    if (!app.has(key)) files.add(`/${manifest[key].file}`);
  }
  // MSW's service worker lives in public/, outside the manifest.
  files.add('/mockServiceWorker.js');
  return files;
}

const gzipCache = new Map();

/** Gzip size of a built file, from the bytes on disk (what the server sends). */
export function gzipBytes(pathname) {
  if (!gzipCache.has(pathname)) {
    const file = join(clientDir, pathname);
    gzipCache.set(
      pathname,
      existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0,
    );
  }
  return gzipCache.get(pathname);
}

/**
 * Loads `path` in a fresh context (empty cache, no service worker yet; signed in first when
 * `signIn` is given), waits until the route shows its content and the network is idle, and sums the gzip size of every .js requested.
 */
export async function measureFirstLoad(browser, origin, path, { ready, demoFiles, signIn }) {
  const context = await browser.newContext();
  await signIn?.(context);
  const scripts = new Set();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await ready?.(page);
  await page.waitForLoadState('networkidle');
  const landedOn = new URL(page.url()).pathname;
  await context.close();

  const app = [...scripts].filter((file) => !demoFiles.has(file));
  const demo = [...scripts].filter((file) => demoFiles.has(file));
  const sum = (files) => files.reduce((total, file) => total + gzipBytes(file), 0);
  return {
    path,
    landedOn,
    appBytes: sum(app),
    demoBytes: sum(demo),
    files: app.map((file) => ({ file, gzip: gzipBytes(file) })).sort((a, b) => b.gzip - a.gzip),
    demoFiles: demo.map((file) => ({ file, gzip: gzipBytes(file) })),
  };
}

/**
 * Which packages and source folders a route's first-load bytes come from, largest first (each
 * owner gzipped on its own, so the parts add up to a little more than the whole).
 */
export function heaviestOwners(files, composition) {
  const totals = {};
  for (const { file } of files) {
    for (const [owner, bytes] of Object.entries(composition[file] ?? {})) {
      totals[owner] = (totals[owner] ?? 0) + bytes;
    }
  }
  return Object.entries(totals)
    .map(([owner, gzip]) => ({ owner, gzip }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 15);
}
