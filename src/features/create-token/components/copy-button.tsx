import Check from '@mui/icons-material/Check';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button, { type ButtonProps } from '@mui/material/Button';
import { useEffect, useState } from 'react';
import { visuallyHidden } from './visually-hidden';

interface Props {
  text: string;
  /** What is copied, for screen readers: "token" gives the button the name "Copy token". */
  what: string;
  variant?: ButtonProps['variant'];
}

/** Copies `text` to the clipboard and says so ("Copied") for a moment. */
export function CopyButton({ text, what, variant = 'outlined' }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Button
        size="small"
        variant={variant}
        startIcon={state === 'copied' ? <Check /> : <ContentCopy />}
        onClick={() => void copy()}
      >
        {state === 'copied' ? (
          'Copied'
        ) : (
          <>
            Copy{' '}
            <Box component="span" sx={visuallyHidden}>
              {what}
            </Box>
          </>
        )}
      </Button>
      <Box component="span" role="status" sx={state === 'failed' ? undefined : visuallyHidden}>
        {state === 'copied' && `${what[0]?.toUpperCase()}${what.slice(1)} copied to the clipboard`}
        {state === 'failed' && 'Copying is blocked here: select the text and copy it yourself.'}
      </Box>
    </Box>
  );
}
