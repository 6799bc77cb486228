import Check from '@mui/icons-material/Check';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import { useCopyToken } from '@/lib/use-copy-token';

/** Copies a token uuid to the clipboard and says so (to sighted and screen reader users alike). */
export function CopyTokenButton({ uuid }: { uuid: string }) {
  const { status, copy, feedback } = useCopyToken(uuid);
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={status === 'copied' ? <Check /> : <ContentCopy />}
        onClick={copy}
      >
        {status === 'copied' ? 'Copied' : 'Copy token'}
      </Button>
      {/* Success shows on the button; a failure is said here, where the button cannot say it. */}
      <span role="status">{status === 'failed' ? feedback : ''}</span>
    </>
  );
}
