import { defineConfig, devices } from '@playwright/test';
import { liveProject, liveWebServers } from './e2e/live/live-setup';

// The browser comes from scripts/ensure-browser.mjs (system Chromium, else Playwright's own).
const executablePath = process.env.CHROMIUM_PATH || undefined;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'live/**',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // Live mode through the BFF against Prism serving the published specs (e2e/live/live-setup.ts).
    liveProject,
  ],
  webServer: [
    {
      // The production build, served in demo mode, as a user gets it from
      // `npm run build && npm run serve`. E2E_DEV=1 runs `npm start`'s server instead (Vite in
      // middleware mode: faster while writing tests, and writes no dist/).
      command: process.env.E2E_DEV
        ? 'npx tsx server/main.ts --dev'
        : 'npm run --silent build -- --logLevel warn && node dist-server/main.js',
      env: { PORT: String(port), PORTAL_MODE: 'demo', LOG_LEVEL: 'warn' },
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    ...liveWebServers(Boolean(process.env.E2E_DEV)),
  ],
});
