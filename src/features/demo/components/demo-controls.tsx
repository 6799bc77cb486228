import Tune from '@mui/icons-material/Tune';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';

// The drawer (and everything it imports) is its own chunk: it costs nothing until it is wanted.
const loadDrawer = () => import('./demo-drawer');
const DemoDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.DemoDrawer })));

/** The app bar's "Demo controls" button; rendered by the layout in demo mode only. */
export function DemoControls() {
  const [open, setOpen] = useState(false);
  const [requested, setRequested] = useState(false);
  const prefetch = () => void loadDrawer();
  return (
    <>
      <Button
        color="inherit"
        startIcon={<Tune />}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => {
          setRequested(true);
          setOpen(true);
        }}
      >
        Demo controls
      </Button>
      {requested && (
        <Suspense fallback={null}>
          <DemoDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
