import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { useId } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import type { ExportProgress } from '../api/fetch-all-tokens';

export type ExportStatus =
  | { step: 'running'; progress: ExportProgress | undefined }
  | { step: 'done'; rows: number }
  | { step: 'failed'; error: unknown };

interface Props {
  status: ExportStatus;
  onRetry: () => void;
  onClose: () => void;
}

/** The export's progress (determinate, page by page), its result, or why it stopped. */
export function ExportDialog({ status, onRetry, onClose }: Props) {
  const titleId = useId();
  const progress = status.step === 'running' ? status.progress : undefined;
  const percent = progress && progress.total > 0 ? (progress.fetched / progress.total) * 100 : 0;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>Export tokens to CSV</DialogTitle>
      <DialogContent>
        {status.step === 'running' && (
          <>
            <DialogContentText role="status">
              {progress ? `Fetched ${progress.fetched} of ${progress.total} tokens…` : 'Starting…'}
            </DialogContentText>
            <LinearProgress
              variant="determinate"
              value={percent}
              aria-label="Export progress"
              sx={{ mt: 2 }}
            />
          </>
        )}
        {status.step === 'done' && (
          <DialogContentText role="status">
            Exported {status.rows} {status.rows === 1 ? 'token' : 'tokens'}: every token that
            matches the current filters.
          </DialogContentText>
        )}
        {status.step === 'failed' && (
          <ApiErrorAlert title="The export stopped" error={status.error} onRetry={onRetry} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{status.step === 'running' ? 'Cancel' : 'Close'}</Button>
      </DialogActions>
    </Dialog>
  );
}
