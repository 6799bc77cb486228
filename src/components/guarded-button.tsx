import Button, { type ButtonProps } from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';

type Props = ButtonProps & { blockedReason: string | undefined };

/**
 * A button that is disabled with its reason: a tooltip for pointer users, and the reason in the
 * accessible description (a disabled button cannot show a tooltip on keyboard focus). The tooltip
 * wraps a span: a disabled button fires no pointer events of its own.
 */
export function GuardedButton({ blockedReason, children, ...props }: Props) {
  if (!blockedReason) return <Button {...props}>{children}</Button>;
  return (
    <Tooltip title={blockedReason}>
      <span>
        <Button {...props} disabled aria-description={blockedReason}>
          {children}
        </Button>
      </span>
    </Tooltip>
  );
}
