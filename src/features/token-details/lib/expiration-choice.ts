import { latestExpiration } from '@/lib/token-rules';

const pad = (value: number) => String(value).padStart(2, '0');

/** A Date as the value of an `<input type="date">`, in local time. */
export function toDateInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The instant a picked calendar day means: that day at the current time of day, so "in 90 days"
 * is exactly the latest the API allows. Clamped to that latest instant (a DST shift can push the
 * last day's time an hour past it).
 */
export function expirationFromDateInput(value: string, now: Date): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const picked = new Date(now);
  picked.setFullYear(year, month - 1, day);
  if (Number.isNaN(picked.getTime())) return undefined;
  const latest = latestExpiration(now);
  return picked > latest ? latest : picked;
}

/** Why a picked day is refused, or undefined when it is allowed. */
export function expirationError(value: string, now: Date): string | undefined {
  if (!value) return 'Choose a date.';
  const picked = expirationFromDateInput(value, now);
  if (!picked) return 'Enter a valid date.';
  if (value < toDateInputValue(now) || picked.getTime() <= now.getTime()) {
    return 'The expiration must be later than now.';
  }
  if (value > toDateInputValue(latestExpiration(now))) {
    return 'The expiration can be at most 90 days from now.';
  }
  return undefined;
}
