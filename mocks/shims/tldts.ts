/**
 * Stands in for `tldts` in the browser build. MSW keeps cookies through tough-cookie, which asks
 * tldts for a host's registrable domain using the whole public suffix list, downloaded on every
 * demo-mode page load, for cookies the demo backend never sets. The demo runs on localhost
 * or an IP address, where the answer needs no list (the demo's budget: docs/decisions/016).
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
  const labels = host.split('.');
  if (isIp || labels.length < 2) return null;
  return labels.slice(-2).join('.');
}
