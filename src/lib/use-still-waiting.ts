import { useEffect, useState } from 'react';

/** How long a wait goes unremarked: past it, the screen says it is still waiting. */
export const stillWaitingAfterMs = 5_000;

/** True once `waiting` has held for `stillWaitingAfterMs` without a break. */
export function useStillWaiting(waiting: boolean): boolean {
  const [since, setSince] = useState<{ waiting: boolean; long: boolean }>({
    waiting,
    long: false,
  });
  if (since.waiting !== waiting) setSince({ waiting, long: false });
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setSince({ waiting: true, long: true }), stillWaitingAfterMs);
    return () => clearTimeout(timer);
  }, [waiting]);
  return waiting && since.long;
}
