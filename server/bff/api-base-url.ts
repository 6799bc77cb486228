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

export function isAllowedApiBaseUrl(allowed: string[] | 'any', apiBaseUrl: string): boolean {
  return allowed === 'any' || allowed.includes(apiBaseUrl);
}
