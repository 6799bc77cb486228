/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { reactRouter } from '@react-router/dev/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig(({ mode }) => ({
  plugins: [
    // React Router's framework (react-router.config.ts); component tests render without it.
    mode === 'test' ? react() : reactRouter(),
    publicSuffixShim(),
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
}));
