/** What the backend-for-frontend needs to know, read once from the server's environment. */
export interface BffConfig {
  /** The API the sign-in form proposes and the environment's credentials use. */
  defaultApiBaseUrl: string;
  /**
   * API base URLs a sign-in may name. The BFF sends credentials and requests wherever the
   * sign-in says, so a deployed server pins this list rather than act as an open proxy.
   */
  allowedApiBaseUrls: string[] | 'any';
  /** `FABRIC_CLIENT_ID` / `FABRIC_CLIENT_SECRET`: the server signs everyone in with these. */
  environmentCredentials?: { clientId: string; clientSecret: string };
  upstreamTimeoutMs: number;
  fetch: typeof fetch;
  now: () => number;
}

export const defaultApiBaseUrl = 'https://api.equinix.com';

/** An http(s) URL without query or fragment and without a trailing slash, else undefined. */
export function normalizeApiBaseUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function isAllowedApiBaseUrl(config: BffConfig, apiBaseUrl: string): boolean {
  return config.allowedApiBaseUrls === 'any' || config.allowedApiBaseUrls.includes(apiBaseUrl);
}

/**
 * `FABRIC_API_URL` (default https://api.equinix.com), `FABRIC_ALLOWED_API_URLS` (comma-separated
 * extra base URLs a sign-in may choose, or `*` for any), `FABRIC_CLIENT_ID` + `FABRIC_CLIENT_SECRET`.
 * Throws with every problem named, so a misconfigured server does not start half-working.
 */
export function bffConfigFromEnv(env: NodeJS.ProcessEnv = process.env): BffConfig {
  const problems: string[] = [];
  const apiUrl = normalizeApiBaseUrl(env.FABRIC_API_URL || defaultApiBaseUrl);
  if (!apiUrl) problems.push(`FABRIC_API_URL must be an http(s) URL, got "${env.FABRIC_API_URL}"`);

  const extra = (env.FABRIC_ALLOWED_API_URLS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const allowsAny = extra.includes('*');
  const extraUrls = extra
    .filter((entry) => entry !== '*')
    .map((entry) => {
      const url = normalizeApiBaseUrl(entry);
      if (!url) problems.push(`FABRIC_ALLOWED_API_URLS: "${entry}" is not an http(s) URL`);
      return url;
    })
    .filter((url): url is string => url !== undefined);

  const clientId = env.FABRIC_CLIENT_ID?.trim();
  const clientSecret = env.FABRIC_CLIENT_SECRET;
  if (Boolean(clientId) !== Boolean(clientSecret)) {
    problems.push('set both FABRIC_CLIENT_ID and FABRIC_CLIENT_SECRET, or neither');
  }
  if (problems.length > 0 || !apiUrl) {
    throw new Error(`Invalid live-mode configuration:\n${problems.join('\n')}`);
  }
  return {
    defaultApiBaseUrl: apiUrl,
    allowedApiBaseUrls: allowsAny ? 'any' : [...new Set([apiUrl, ...extraUrls])],
    ...(clientId && clientSecret ? { environmentCredentials: { clientId, clientSecret } } : {}),
    upstreamTimeoutMs: 10_000,
    fetch: globalThis.fetch,
    now: Date.now,
  };
}
