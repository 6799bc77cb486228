import type { ServiceToken, ServiceTokenChangeOperation } from '@/api/types';
import { tokenRecipients } from '@/lib/tokens/describe-token';

type Operation = ServiceTokenChangeOperation;

/**
 * Each editor turns its values into JSON Patch operations: one `replace` per field that actually
 * changed, and none at all when nothing did (the API rejects an empty patch; DOMAIN.md section 9).
 */
const replace = (path: string, value: unknown): Operation => ({ op: 'replace', path, value });

export function expirationPatch(token: ServiceToken, expirationDateTime: string): Operation[] {
  const current = token.expirationDateTime ? new Date(token.expirationDateTime).getTime() : NaN;
  return new Date(expirationDateTime).getTime() === current
    ? []
    : [replace('/expirationDateTime', expirationDateTime)];
}

const emailKey = (emails: string[]) =>
  [...new Set(emails.map((email) => email.trim().toLowerCase()))].sort().join('\n');

/** The list replaces the whole recipient list; the same set in another order is no change. */
export function recipientsPatch(token: ServiceToken, emails: string[]): Operation[] {
  const next = emails.map((email) => email.trim());
  return emailKey(next) === emailKey(tokenRecipients(token))
    ? []
    : [replace('/notifications/emails', next)];
}

/** A-side tokens carry one limit; Z-side tokens a set of speeds. */
export function bandwidthPatch(
  token: ServiceToken,
  change: { bandwidthLimit: number } | { supportedBandwidths: number[] },
): Operation[] {
  if ('bandwidthLimit' in change) {
    return change.bandwidthLimit === token.connection?.bandwidthLimit
      ? []
      : [replace('/connection/bandwidthLimit', change.bandwidthLimit)];
  }
  const sorted = [...new Set(change.supportedBandwidths)].sort((a, b) => a - b);
  const current = [...new Set(token.connection?.supportedBandwidths ?? [])].sort((a, b) => a - b);
  return sorted.join(',') === current.join(',')
    ? []
    : [replace('/connection/supportedBandwidths', sorted)];
}

export function nameAndDescriptionPatch(
  token: ServiceToken,
  values: { name: string; description: string },
): Operation[] {
  const operations: Operation[] = [];
  const name = values.name.trim();
  const description = values.description.trim();
  if (name !== (token.name ?? '')) operations.push(replace('/name', name));
  if (description !== (token.description ?? '')) {
    operations.push(replace('/description', description));
  }
  return operations;
}
