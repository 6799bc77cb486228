import { externalStore, useExternalStore } from '@/lib/external-store';

const minuteMs = 60_000;

/** "Now" to the minute, outside React (the same value `useMinuteClock` gives). */
export const currentMinute = () => Math.floor(Date.now() / minuteMs) * minuteMs;

// Readers look again every 5 s, so a new minute shows within seconds of its start.
const minuteClock = externalStore(currentMinute, (notify) => {
  const timer = setInterval(notify, 5_000);
  return () => clearInterval(timer);
});

/**
 * "Now", to the minute. Relative times and time-based filters read it, so a search built from it
 * stays the same (one query key) for a minute instead of changing on every render.
 */
export function useMinuteClock(): number {
  return useExternalStore(minuteClock, currentMinute());
}
