// Parsed by hand, not with zod: this module is on every page's first load, and zod (about 13 kB
// gzip) is then needed only by the pages that have forms, which load it themselves.
export interface AppConfig {
  mode: 'demo' | 'live';
  apiBaseUrl: string;
}

function readMode(): string | undefined {
  if (typeof document === 'undefined') return 'demo';
  return document.querySelector('meta[name="portal-mode"]')?.getAttribute('content') ?? undefined;
}

function isAbsoluteUrl(value: string | undefined): value is string {
  if (!value) return false;
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Parses the start-up configuration; throws with every problem named. */
export function parseConfig(input: { mode?: string; apiBaseUrl?: string }): AppConfig {
  const { mode, apiBaseUrl } = input;
  const knownMode = mode === 'demo' || mode === 'live';
  const absoluteUrl = isAbsoluteUrl(apiBaseUrl);
  if (knownMode && absoluteUrl) return { mode, apiBaseUrl };
  const problems = [
    ...(knownMode
      ? []
      : ['mode: portal-mode must be "demo" or "live" (set by the server in index.html)']),
    ...(absoluteUrl ? [] : ['apiBaseUrl: the API base URL must be an absolute URL']),
  ];
  throw new Error(`Invalid portal configuration:\n${problems.join('\n')}`);
}

export const config: AppConfig = parseConfig({
  mode: import.meta.env.VITE_PORTAL_MODE ?? readMode(),
  // The page always talks to its own origin: MSW answers there in demo mode, the BFF in live mode.
  apiBaseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
});

/**
 * Live mode: whether the server saw a session when it sent the page (a meta tag it writes), so a
 * signed-out visitor goes straight to sign-in. Undefined where the server does not say (dev).
 */
export function serverSessionHint(): 'signed-in' | 'signed-out' | undefined {
  if (typeof document === 'undefined') return undefined;
  const hint = document.querySelector('meta[name="portal-session"]')?.getAttribute('content');
  return hint === 'signed-in' || hint === 'signed-out' ? hint : undefined;
}
