import { z } from '@/lib/zod';
import { formatBandwidth } from '@/lib/format';
import {
  bandwidthChoices,
  defaultExpirationDays,
  isValidEmail,
  maxRecipients,
} from '@/lib/token-rules';
import type { TokenSide } from './basic-schema';
import { dateInputValue, expirationMessages, expirationProblem } from './expiration';
import { field } from './wizard-field';

/** Step 2, "Token details": every field it asks, as the inputs hold them. */
export const detailsFields = z.object({
  expirationDate: field(
    z.string(),
    'Expiration date',
    () => dateInputValue(defaultExpirationDays),
    /^\/expirationDateTime$/,
  ),
  bandwidthLimit: field(
    z.nullable(z.number()),
    'Connection bandwidth limit',
    () => null,
    /^\/connection\/bandwidthLimit$/,
  ),
  supportedBandwidths: field(
    z.array(z.number()),
    'Supported connection bandwidths',
    () => [],
    /^\/connection\/supportedBandwidths(\/\d+)?$/,
  ),
  emails: field(
    z.array(z.string()),
    'Recipients',
    () => [],
    /^\/notifications(\/\d+(\/emails(\/\d+)?)?)?$/,
  ),
  name: field(z.string(), 'Name', () => '', /^\/name$/),
  description: field(z.string(), 'Description', () => '', /^\/description$/),
});

export function recipientProblem(emails: readonly string[]): string | undefined {
  if (emails.length === 0) return 'Add at least one recipient';
  if (emails.length > maxRecipients) return `Add at most ${maxRecipients} recipients`;
  const invalid = emails.find((email) => !isValidEmail(email));
  if (invalid !== undefined) return `${invalid} is not a valid email address`;
  const seen = new Set<string>();
  for (const email of emails) {
    const key = email.toLowerCase();
    if (seen.has(key)) return `${email} is listed twice`;
    seen.add(key);
  }
  return undefined;
}

/** The step's rules. The bandwidth rules need the side and the asset, see `bandwidthIssues`. */
export const detailsSchema = z.extend(detailsFields, {
  expirationDate: z.string().check(
    z.superRefine((value, ctx) => {
      const problem = expirationProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: expirationMessages[problem] });
    }),
  ),
  emails: z.array(z.string().check(z.trim())).check(
    z.superRefine((emails, ctx) => {
      const problem = recipientProblem(emails);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ),
  name: z.string().check(z.trim()),
  description: z.string().check(z.trim()),
});

export type TokenDetails = z.output<typeof detailsSchema>;

interface BandwidthInput {
  side: TokenSide;
  cap: number;
  bandwidthLimit: number | null;
  supportedBandwidths: readonly number[];
}

/** A-side: one limit; Z-side: at least one speed; every speed from the menu, within the asset's cap. */
export function bandwidthIssues(input: BandwidthInput): { path: string[]; message: string }[] {
  const choices = bandwidthChoices(input.cap);
  const outOfMenu = (mbps: number) =>
    mbps > input.cap
      ? `${formatBandwidth(mbps)} is more than this asset allows (${formatBandwidth(input.cap)})`
      : `${formatBandwidth(mbps)} is not one of the offered speeds`;
  if (input.side === 'A') {
    const path = ['bandwidthLimit'];
    if (input.bandwidthLimit === null) return [{ path, message: 'Choose a bandwidth limit' }];
    if (!choices.includes(input.bandwidthLimit)) {
      return [{ path, message: outOfMenu(input.bandwidthLimit) }];
    }
    return [];
  }
  const path = ['supportedBandwidths'];
  if (input.supportedBandwidths.length === 0) {
    return [{ path, message: 'Choose at least one bandwidth' }];
  }
  const wrong = input.supportedBandwidths.find((mbps) => !choices.includes(mbps));
  if (wrong !== undefined) return [{ path, message: outOfMenu(wrong) }];
  // A restored draft can hold a speed twice; the API refuses a repeated speed.
  const repeated = input.supportedBandwidths.find(
    (mbps, index) => input.supportedBandwidths.indexOf(mbps) !== index,
  );
  return repeated === undefined
    ? []
    : [{ path, message: `${formatBandwidth(repeated)} is listed twice` }];
}
