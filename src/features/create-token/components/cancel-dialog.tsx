import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

interface Props {
  open: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Cancel throws away everything typed, so it asks first. */
export function CancelDialog({ open, onKeep, onDiscard }: Props) {
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} onClose={onKeep} aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>Discard this service token?</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          Everything you entered will be cleared. No token has been created.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} autoFocus>
          Keep editing
        </Button>
        <Button color="error" onClick={onDiscard}>
          Discard
        </Button>
      </DialogActions>
    </Dialog>
  );
}
