import { useEffect, useState } from 'react';

type Status = 'idle' | 'copied' | 'failed';

export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Copying a token uuid: what happened, for two seconds, and the words that say so. Shared by
 * CopyTokenButton and the inventory's row button (inventory-cells.tsx).
 */
export function useCopyToken(uuid: string) {
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 2_000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = () => {
    navigator.clipboard.writeText(uuid).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  const feedback =
    status === 'copied'
      ? 'Copied'
      : status === 'failed'
        ? 'Could not copy: select the token and copy it by hand'
        : '';
  return { status, copy, feedback };
}
