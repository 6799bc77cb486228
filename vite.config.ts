/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { routePreloads } from './src/server/route-preloads';
import { portalServer } from './src/server/vite-plugin';

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
 * Modulepreload links, in the built page, for code the page imports dynamically at start-up:
 * the app itself (the entry, src/boot.ts, imports it after the first paint) and, in demo mode,
 * the demo backend. Each starts downloading with the page instead of after the code that asks
 * for it has run. The demo backend's link is marked: the server drops it in live mode
 * (html-mode.ts).
 */
function startUpPreloads(): Plugin {
  return {
    name: 'start-up-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const entry = chunks.find((chunk) => chunk.isEntry);
        const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(fileName)) return seen;
          seen.add(fileName);
          for (const imported of byName.get(fileName)?.imports ?? []) closure(imported, seen);
          return seen;
        };
        const inPage = entry ? closure(entry.fileName) : new Set<string>();
        const link = (fileName: string, marked = false) => ({
          tag: 'link',
          attrs: {
            rel: 'modulepreload',
            crossorigin: true,
            href: `/${fileName}`,
            ...(marked && { 'data-demo-backend': true }),
          },
          injectTo: 'head' as const,
        });
        const facade = (suffix: string) =>
          chunks.find((chunk) => chunk.facadeModuleId?.endsWith(suffix));
        const app = facade('/src/main.tsx');
        const demoBackend = facade('/mocks/browser.ts');
        return [
          ...(app ? [...closure(app.fileName)].filter((file) => !inPage.has(file)) : []).map(
            (file) => link(file),
          ),
          ...(demoBackend ? [link(demoBackend.fileName, true)] : []),
        ];
      },
    },
  };
}

const port = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

export default defineConfig({
  plugins: [react(), portalServer(), publicSuffixShim(), startUpPreloads(), routePreloads()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  server: { port: port(process.env.PORT, 5173), strictPort: true, host: '127.0.0.1' },
  preview: { port: port(process.env.PORT, 4173), strictPort: true, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
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
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['./vitest.setup.ts'],
        },
      },
    ],
  },
});
