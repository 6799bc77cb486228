/** The portal's token rules (DOMAIN.md section 0), shared by the wizard and the token editors. */
export const vlanRange = { min: 2, max: 4092 } as const;

/** The standard bandwidth menu, in Mbps. */
export const bandwidthMenu = [50, 200, 500, 1000, 2000, 5000, 10000, 25000, 50000] as const;

export const portTokenBandwidthCap = 50_000;
export const deviceTokenBandwidthCap = 10_000;

export const maxRecipients = 12;
export const maxExpirationDays = 90;
export const defaultExpirationDays = 90;
export const expirationQuickPicks = [7, 30, 60, 90] as const;

const dayMs = 24 * 60 * 60 * 1000;

/** The menu capped by what the asset can carry. */
export function bandwidthChoices(cap: number): number[] {
  return bandwidthMenu.filter((mbps) => mbps <= cap);
}

export function daysFromNow(days: number, now: Date = new Date()): Date {
  return new Date(now.getTime() + days * dayMs);
}

/** Latest allowed expiration: 90 days from now. */
export function latestExpiration(now: Date = new Date()): Date {
  return daysFromNow(maxExpirationDays, now);
}

/** Whole days from now until `date`, rounded up (a token expiring later today is "in 1 day"). */
export function daysUntil(date: Date, now: Date = new Date()): number {
  return Math.ceil((date.getTime() - now.getTime()) / dayMs);
}

// The WHATWG "valid e-mail address" grammar, which browsers use for <input type="email">, with
// the local part a dot-atom (no leading, trailing or doubled dot) as RFC 5322 and the API's
// `format: email` require: the WHATWG grammar alone lets `a.@example.com` through.
const emailPattern =
  /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isValidEmail(value: string): boolean {
  return emailPattern.test(value);
}
