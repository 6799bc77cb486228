/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { routePreloads } from './server/first-paint/route-preloads';
import { lowPriorityScripts, scriptFetchPriority } from './server/first-paint/script-priority';

/** MSW's cookie jar asks tldts about hosts; the browser build answers without the suffix list. */
function publicSuffixShim(): Plugin {
  const shim = fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url));
  return {
    name: 'demo-public-suffix-shim',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'tldts' && importer?.includes('tough-cookie') ? shim : null;
    },
  };
}

/**
 * Demo mode starts the demo backend at once, so its chunk is worth fetching alongside the app's
 * instead of after it. The link is marked: the server drops it in live mode (html-mode.ts).
 */
function demoBackendPreload(): Plugin {
  return {
    name: 'demo-backend-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith('/mocks/browser.ts'),
        );
        if (!chunk) return html;
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              fetchpriority: scriptFetchPriority,
              crossorigin: true,
              href: `/${chunk.fileName}`,
              'data-demo-backend': true,
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    publicSuffixShim(),
    demoBackendPreload(),
    routePreloads(),
    lowPriorityScripts(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Every module the entry imports statically in one chunk, the entry itself: without this
        // group the start-up code came as 19 files, 15 of them under 4 kB, each a request and a
        // compile of its own on the page's thread (docs/decisions/012-one-start-up-chunk.md).
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    restoreMocks: true,
    // jsdom pages have no server-written <meta name="portal-mode">; tests run the demo mode.
    env: { VITE_PORTAL_MODE: 'demo' },
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./vitest.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'mocks/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          setupFiles: ['./vitest.setup.ts'],
        },
      },
      {
        // The portal's server (server/): real sockets and a real Redis, no MSW in between.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          // Some tests start Redis or send dozens of requests; a loaded machine needs the room.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
