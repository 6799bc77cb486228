import Button, { type ButtonProps } from '@mui/material/Button';
import { Suspense, useState } from 'react';
import { lazyComponent, preloadable } from '@/lib/preloadable';

// MUI's Tooltip brings Popper (@popperjs) with it: it loads when a pointer first reaches a
// disabled button, not with the page.
const tooltipCode = preloadable(() => import('@mui/material/Tooltip'));
const Tooltip = lazyComponent(tooltipCode, (module) => module.default);

type Props = ButtonProps & { blockedReason: string | undefined };

/**
 * A button that is disabled with its reason: a tooltip for pointer users, and the reason in the
 * accessible description (a disabled button cannot show a tooltip on keyboard focus).
 */
export function GuardedButton({ blockedReason, children, ...props }: Props) {
  const [tooltipWanted, setTooltipWanted] = useState(false);
  const [open, setOpen] = useState(false);
  if (!blockedReason) return <Button {...props}>{children}</Button>;
  const target = (
    <span
      // Until the tooltip has loaded these open and close it; then its own listeners take over
      // (they also keep it open while the pointer is on the tooltip itself).
      onPointerEnter={() => {
        if (tooltipCode.loaded() && tooltipWanted) return;
        setTooltipWanted(true);
        setOpen(true);
      }}
      onPointerLeave={() => {
        if (!tooltipCode.loaded() || !tooltipWanted) setOpen(false);
      }}
    >
      <Button {...props} disabled aria-description={blockedReason}>
        {children}
      </Button>
    </span>
  );
  if (!tooltipWanted) return target;
  return (
    <Suspense fallback={target}>
      <Tooltip
        title={blockedReason}
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
      >
        {target}
      </Tooltip>
    </Suspense>
  );
}
