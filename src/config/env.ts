import { z } from '@/lib/zod';

const configSchema = z.object({
  mode: z.enum(['demo', 'live'], {
    error: 'portal-mode must be "demo" or "live" (written into the page by the server)',
  }),
  apiBaseUrl: z.url({ error: 'the API base URL must be an absolute URL' }),
});

export type AppConfig = z.output<typeof configSchema>;

/** The mode the page's HTML names (`<meta name="portal-mode">`), if it names one. */
export function modeWrittenInPage(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector('meta[name="portal-mode"]')?.getAttribute('content') ?? undefined;
}

function readMode(): string | undefined {
  // A build-time render: the files are a demo until a server writes another mode into them.
  if (typeof document === 'undefined') return 'demo';
  return modeWrittenInPage();
}

/** Parses the start-up configuration; throws with every problem named. */
export function parseConfig(input: { mode?: string; apiBaseUrl?: string }): AppConfig {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid portal configuration:\n${problems.join('\n')}`);
}

export const config: AppConfig = parseConfig({
  mode: import.meta.env.VITE_PORTAL_MODE ?? readMode(),
  // The page always talks to its own origin: MSW answers there in demo mode, the BFF in live mode.
  apiBaseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
});
