import type { ServiceToken } from '@/api/types';

export const fabricApiUrl = 'https://api.equinix.com/fabric/v4/serviceTokens';

/** Wraps text in single quotes for a POSIX shell: a quote inside becomes '\''. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function requestJson(request: ServiceToken): string {
  return JSON.stringify(request, null, 2);
}

/**
 * The request as a cURL command. The bearer is the shell variable $TOKEN, never a real one: the
 * page holds no credential worth showing, and a copied command must not carry one.
 */
export function renderCurl(request: ServiceToken): string {
  return [
    `curl -X POST ${shellQuote(fabricApiUrl)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "Authorization: Bearer $TOKEN" \\`,
    `  -d ${shellQuote(requestJson(request))}`,
  ].join('\n');
}

export function renderCurls(requests: readonly ServiceToken[]): string {
  return requests.map(renderCurl).join('\n\n');
}
