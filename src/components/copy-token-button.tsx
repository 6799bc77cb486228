import Check from '@mui/icons-material/Check';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useEffect, useState } from 'react';

type Status = 'idle' | 'copied' | 'failed';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

interface Props {
  uuid: string;
  /** An icon button in tables; a labelled button on the details page. */
  variant?: 'icon' | 'button';
}

/** Copies a token uuid to the clipboard and says so (to sighted and screen reader users alike). */
export function CopyTokenButton({ uuid, variant = 'icon' }: Props) {
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
  const icon = status === 'copied' ? <Check fontSize="small" /> : <ContentCopy fontSize="small" />;

  return (
    <>
      {variant === 'icon' ? (
        <IconButton
          size="small"
          aria-label={`Copy token ${uuid}`}
          title={feedback || 'Copy token'}
          onClick={copy}
        >
          {icon}
        </IconButton>
      ) : (
        <Button size="small" variant="outlined" startIcon={icon} onClick={copy}>
          {status === 'copied' ? 'Copied' : 'Copy token'}
        </Button>
      )}
      {/* The icon variant shows a check; the words reach screen readers through this status. */}
      <span role="status" style={variant === 'icon' ? visuallyHidden : undefined}>
        {variant === 'button' && status === 'failed'
          ? feedback
          : variant === 'icon'
            ? feedback
            : ''}
      </span>
    </>
  );
}
