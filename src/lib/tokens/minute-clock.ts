import { useSyncExternalStore } from 'react';

const minuteMs = 60_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** "Now" to the minute, outside React (the same value `useMinuteClock` gives). */
export const currentMinute = () => Math.floor(Date.now() / minuteMs) * minuteMs;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const notify of listeners) notify();
  }, 5_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * "Now", to the minute. Relative times and time-based filters read it, so a search built from it
 * stays the same (one query key) for a minute instead of changing on every render.
 */
export function useMinuteClock(): number {
  return useSyncExternalStore(subscribe, currentMinute, currentMinute);
}
