// zod/mini: this module is on every page's first load, and the classic API would add ~20 kB.
import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` when it can, and probes for it on the first
// parse: under the portal's Content-Security-Policy (no 'unsafe-eval') that probe is a reported
// violation and a console error. This module parses first, so it turns the compiler off for all.
z.config({ jitless: true });

const configSchema = z.object({
  mode: z.enum(['demo', 'live'], {
    error: 'portal-mode must be "demo" or "live" (set by the server in index.html)',
  }),
  apiBaseUrl: z.url({ error: 'the API base URL must be an absolute URL' }),
});

export type AppConfig = z.infer<typeof configSchema>;

function readMode(): string | undefined {
  if (typeof document === 'undefined') return 'demo';
  return document.querySelector('meta[name="portal-mode"]')?.getAttribute('content') ?? undefined;
}

/** Parses the start-up configuration; throws with every problem named. */
export function parseConfig(input: { mode?: string; apiBaseUrl?: string }): AppConfig {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid portal configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}

export const config: AppConfig = parseConfig({
  mode: import.meta.env.VITE_PORTAL_MODE ?? readMode(),
  // The page always talks to its own origin: MSW answers there in demo mode, the BFF in live mode.
  apiBaseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
});
