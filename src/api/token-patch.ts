import type { ServiceToken, ServiceTokenChangeOperation } from './types';

/**
 * Applies the API's token patch paths to a token, for an optimistic update. The API documents only
 * `replace` on these paths; `/notifications/emails` replaces the first notification's emails.
 */
export function applyTokenPatch(token: ServiceToken, operations: ServiceTokenChangeOperation[]) {
  const next: ServiceToken = structuredClone(token);
  for (const { path, value } of operations) {
    switch (path) {
      case '/expirationDateTime':
        next.expirationDateTime = String(value);
        break;
      case '/name':
        next.name = String(value);
        break;
      case '/description':
        next.description = String(value);
        break;
      case '/notifications/emails': {
        const [first, ...rest] = next.notifications ?? [];
        const emails = Array.isArray(value) ? value.map(String) : [];
        next.notifications = [{ ...(first ?? { type: 'ALL' }), emails }, ...rest];
        break;
      }
      case '/connection/bandwidthLimit':
        if (next.connection) next.connection.bandwidthLimit = Number(value);
        break;
      case '/connection/supportedBandwidths':
        if (next.connection) {
          next.connection.supportedBandwidths = Array.isArray(value) ? value.map(Number) : [];
        }
        break;
      default:
        break;
    }
  }
  return next;
}
