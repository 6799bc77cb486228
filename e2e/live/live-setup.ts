// Live mode's end-to-end setup, imported by playwright.config.ts: the `live` project and the
// servers it needs (Prism behind e2e/live/upstream-server.mjs, then the portal in live mode).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devices, type PlaywrightTestConfig, type Project } from '@playwright/test';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, { command: string }>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The published specs; `FABRIC_REFERENCE_DIR` overrides `../shared/reference`. */
export const referenceDir = path.resolve(
  repoRoot,
  process.env.FABRIC_REFERENCE_DIR ?? path.join('..', 'shared', 'reference'),
);
const specs = ['fabric-v4.openapi.yaml', 'equinix-auth.openapi.yaml'];
const missing = specs.filter((spec) => !existsSync(path.join(referenceDir, spec)));

/** Why the live tests cannot run here, or undefined when they can. */
export const liveSkipReason =
  missing.length > 0
    ? `live-mode tests need the published specs (${missing.join(', ')}) in ${referenceDir}; set FABRIC_REFERENCE_DIR to where they are`
    : undefined;

export const livePorts = {
  portal: Number(process.env.E2E_LIVE_PORT ?? 4175),
  /** The upstream router; Prism listens on the next two ports. */
  upstream: Number(process.env.E2E_LIVE_UPSTREAM_PORT ?? 4176),
};
export const upstreamUrl = `http://127.0.0.1:${livePorts.upstream}`;
export const liveBaseUrl = `http://127.0.0.1:${livePorts.portal}`;

export const liveProject: Project = {
  name: 'live',
  testDir: './e2e/live',
  use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: liveBaseUrl },
};

/**
 * Whether this run can reach a live test: not when it names only other projects
 * (`--project chromium`) or only other spec files (`e2e/inventory.spec.ts`). Starting Prism and a
 * second portal costs every demo-only run seconds and ports it does not need.
 */
export function runIncludesLive(argv: readonly string[] = process.argv): boolean {
  const projects = argv.flatMap((arg, index) => {
    if (arg.startsWith('--project=')) return [arg.slice('--project='.length)];
    return arg === '--project' && argv[index + 1] ? [argv[index + 1] as string] : [];
  });
  if (projects.length > 0 && !projects.includes('live')) return false;
  const filters = argv.filter((arg) => !arg.startsWith('-') && /\.spec\.ts|(^|\/)e2e\b/.test(arg));
  const reachesLive = (filter: string) =>
    filter.includes('live') || 'e2e/live/'.startsWith(filter.replace(/^\.\//, ''));
  return filters.length === 0 || filters.some(reachesLive);
}

/** No servers when the specs are absent (the tests then skip and say why) or no live test runs. */
export function liveWebServers(dev: boolean): WebServer[] {
  if (!runIncludesLive()) return [];
  if (liveSkipReason) {
    console.warn(`[live] ${liveSkipReason}`);
    return [];
  }
  const reuseExistingServer = !process.env.CI;
  return [
    {
      command: 'node e2e/live/upstream-server.mjs',
      env: { LIVE_UPSTREAM_PORT: String(livePorts.upstream), FABRIC_REFERENCE_DIR: referenceDir },
      url: `${upstreamUrl}/__upstream/log`,
      reuseExistingServer,
      timeout: 90_000,
    },
    {
      // The build the demo server made (webServers start in order), served by `npm run serve`.
      command: dev ? 'npx tsx server/main.ts --dev' : 'node dist-server/main.js',
      env: {
        PORT: String(livePorts.portal),
        PORTAL_MODE: 'live',
        FABRIC_API_URL: upstreamUrl,
        SESSION_SECRET: randomBytes(32).toString('base64url'),
        LOG_LEVEL: 'warn',
      },
      url: liveBaseUrl,
      reuseExistingServer,
      timeout: 60_000,
    },
  ];
}
