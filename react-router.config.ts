import type { Config } from '@react-router/dev/config';
import { paths, wizardSteps } from './src/config/paths';

/**
 * React Router's framework mode, as a single-page app (docs/decisions/016-how-a-page-renders.md):
 * no server rendering at run time; at build time every page with a fixed address is rendered to
 * its own HTML file (the layout and the page's loading state, with their styles), which the
 * browser then hydrates. Any other address (a token's page, sign-in) gets `index.html`: the layout
 * alone.
 */
export default {
  appDirectory: 'src/app',
  // `npm run bench` builds into its own folder, so it never replaces a dist/ being served.
  buildDirectory: process.env.PORTAL_BUILD_DIR ?? 'dist',
  ssr: false,
  // Not the sign-in page: what it shows depends on the mode, which the server writes into the page
  // at run time, so a build-time rendering would not match what the browser renders.
  prerender: [paths.inventory.href(), ...wizardSteps.map((step) => paths.create.href(step))],
  // React Router 8's behaviour, taken now so that the move to 8 (which needs Node 22) changes none.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
