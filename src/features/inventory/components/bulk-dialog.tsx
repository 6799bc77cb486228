import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useId } from 'react';
import type { ServiceToken } from '@/api/types';
import type { PerTokenResult } from '../api/run-per-token';

export type BulkKind = 'resend' | 'delete';

interface Props {
  kind: BulkKind;
  tokens: ServiceToken[];
  /** How many are done while running; undefined before and after. */
  running: number | undefined;
  results: PerTokenResult[] | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

const titles: Record<BulkKind, { confirm: string; done: string; action: string }> = {
  resend: {
    confirm: 'Resend the notification for these tokens?',
    done: 'Resend results',
    action: 'Resend',
  },
  delete: { confirm: 'Delete these tokens?', done: 'Delete results', action: 'Delete' },
};

/** Confirmation naming every token, progress while it runs, then one outcome per token. */
export function BulkDialog({ kind, tokens, running, results, onConfirm, onClose }: Props) {
  const titleId = useId();
  const title = results ? titles[kind].done : titles[kind].confirm;
  const isRunning = running !== undefined;
  const failed = results?.filter((result) => !result.ok).length ?? 0;
  return (
    <Dialog open aria-labelledby={titleId} onClose={isRunning ? undefined : onClose} fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {results ? (
          <DialogContentText role="status">
            {results.length - failed} of {results.length} succeeded
            {failed > 0 ? `, ${failed} failed` : ''}.
          </DialogContentText>
        ) : (
          <DialogContentText>
            {kind === 'delete'
              ? 'Deleted tokens can no longer be redeemed; their VLANs and interfaces are freed.'
              : 'Each token is emailed again to its recipients.'}
          </DialogContentText>
        )}
        {isRunning && (
          <LinearProgress
            variant="determinate"
            value={(running / tokens.length) * 100}
            aria-label={`${running} of ${tokens.length} done`}
            sx={{ my: 1 }}
          />
        )}
        <List dense aria-label={results ? 'Results' : 'Selected tokens'}>
          {(results ?? tokens.map((token) => ({ token, ok: undefined, message: '' }))).map(
            ({ token, ok, message }) => (
              <ListItem key={token.uuid}>
                {ok !== undefined && (
                  <ListItemIcon sx={{ minWidth: 32 }}>
                    {ok ? (
                      <CheckCircle color="success" fontSize="small" titleAccess="Succeeded" />
                    ) : (
                      <ErrorOutlined color="error" fontSize="small" titleAccess="Failed" />
                    )}
                  </ListItemIcon>
                )}
                <ListItemText
                  primary={`${token.name || 'Unnamed token'} (${token.uuid})`}
                  secondary={message || undefined}
                />
              </ListItem>
            ),
          )}
        </List>
      </DialogContent>
      <DialogActions>
        {results ? (
          <Button onClick={onClose} variant="contained">
            Close
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={isRunning}>
              Cancel
            </Button>
            <Button
              onClick={onConfirm}
              disabled={isRunning}
              variant="contained"
              color={kind === 'delete' ? 'error' : 'primary'}
            >
              {titles[kind].action} {tokens.length} {tokens.length === 1 ? 'token' : 'tokens'}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
