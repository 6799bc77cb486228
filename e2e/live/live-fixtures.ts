import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test as base, expect } from '../fixtures';
import { liveSkipReason, upstreamUrl } from './live-setup';

/** One exchange at the token API, as Prism answered it. */
export interface TokenExchange {
  clientId: string;
  request: Record<string, unknown>;
  contentType: string;
  status: number;
  violations: string | null;
  body: Record<string, unknown>;
}

/** One request the BFF forwarded to the Fabric API, as Prism answered it. */
export interface ForwardedRequest {
  method: string;
  url: string;
  contentType: string | null;
  clientId: string | null;
  bearer: string | null;
  cookie: string | null;
  body: unknown;
  status: number;
  /** Prism's `sl-violations` header: what broke the spec, in the request or in its own example. */
  violations: string | null;
  response: unknown;
}

interface UpstreamLog {
  tokens: TokenExchange[];
  requests: ForwardedRequest[];
}

/**
 * What Prism was sent for one test: each test signs in with its own client id, and the upstream
 * router knows which client each access token was issued to.
 */
export class Upstream {
  constructor(private readonly clientId: string) {}

  async log(): Promise<UpstreamLog> {
    const response = await fetch(`${upstreamUrl}/__upstream/log`);
    const log = (await response.json()) as UpstreamLog;
    return {
      tokens: log.tokens.filter((exchange) => exchange.clientId === this.clientId),
      requests: log.requests.filter((request) => request.clientId === this.clientId),
    };
  }
}

export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** The secret e2e/live/upstream-server.mjs lets Prism accept. */
export const acceptedSecret = 'portal-e2e-secret';

export async function signIn(page: Page, credentials: Credentials) {
  await expect(page.getByRole('heading', { name: 'Sign in to Equinix Fabric' })).toBeVisible();
  await page.getByLabel('Client id').fill(credentials.clientId);
  await page.getByLabel('Client secret').fill(credentials.clientSecret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

interface LiveFixtures {
  upstream: Upstream;
  credentials: Credentials;
}

export const test = base.extend<LiveFixtures>({
  credentials: async ({ consoleErrors: _ }, provide, testInfo) => {
    testInfo.skip(Boolean(liveSkipReason), liveSkipReason);
    // Unique per run too: a reused upstream still holds earlier runs' log.
    const clientId = `e2e-${testInfo.testId}-${randomUUID().slice(0, 8)}`;
    await provide({ clientId, clientSecret: acceptedSecret });
  },
  upstream: async ({ credentials }, provide) => {
    await provide(new Upstream(credentials.clientId));
  },
});

export { expect };
