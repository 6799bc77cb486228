import { defineConfig } from 'vite';

/**
 * `npm run build` bundles the server too, into dist-server/main.js: plain JavaScript that `node`
 * runs on Node 20 and 24 (`npm run serve`), with the page code it shares with the build
 * (server/first-paint/html-mode.ts and the rest) inlined and every package left to node_modules.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'main.js' } },
  },
});
