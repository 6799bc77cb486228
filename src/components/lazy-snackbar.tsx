import type { SnackbarProps } from '@mui/material/Snackbar';
import { lazy, Suspense, useState } from 'react';

const Snackbar = lazy(() => import('@mui/material/Snackbar'));

/**
 * MUI's Snackbar, downloaded the first time it opens: a page that shows a notice only after an
 * action does not pay for it (with its transition and click-away code) on first load. Once shown
 * it stays mounted, so it closes with its transition.
 */
export function LazySnackbar(props: SnackbarProps) {
  const [wanted, setWanted] = useState(Boolean(props.open));
  // Derived from props during render, as React recommends over an effect.
  if (props.open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Snackbar {...props} />
    </Suspense>
  );
}
