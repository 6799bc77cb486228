import { maxExpirationDays } from '@/lib/token-rules';

/**
 * The expiration field holds a calendar date (what `<input type="date">` gives). The request gets
 * an instant: now plus as many whole days as the chosen date is ahead of today, so the 90-day
 * choice is exactly 90 days from the moment the request is built and never beyond the API's
 * limit (docs/decisions: wizard expiration and bandwidth caps).
 */
const dayMs = 24 * 60 * 60 * 1000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar date `days` ahead of `now`, as YYYY-MM-DD. */
export function dateInputValue(days: number, now: Date = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole calendar days from today to `value`; undefined when `value` is not a real date. */
export function daysAhead(value: string, now: Date = new Date()): number | undefined {
  const match = datePattern.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const chosen = Date.UTC(year, month - 1, day);
  const check = new Date(chosen);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((chosen - today) / dayMs);
}

export type ExpirationProblem = 'missing' | 'invalid' | 'past' | 'too-late';

export function expirationProblem(
  value: string,
  now: Date = new Date(),
): ExpirationProblem | undefined {
  if (value.trim() === '') return 'missing';
  const days = daysAhead(value, now);
  if (days === undefined) return 'invalid';
  if (days < 1) return 'past';
  if (days > maxExpirationDays) return 'too-late';
  return undefined;
}

export const expirationMessages: Record<ExpirationProblem, string> = {
  missing: 'Choose an expiration date',
  invalid: 'Enter a date as YYYY-MM-DD',
  past: 'The expiration must be after today',
  'too-late': `The expiration can be at most ${maxExpirationDays} days ahead`,
};

/** The instant sent as `expirationDateTime` (ISO-8601 UTC) for a valid date. */
export function expirationDateTime(value: string, now: Date = new Date()): string {
  const days = daysAhead(value, now);
  if (days === undefined) throw new Error(`Not a date: ${value}`);
  return new Date(now.getTime() + days * dayMs).toISOString();
}
