import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { type FormEvent, type ReactNode, useId } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';

interface Props {
  title: string;
  /** Enabled only when something changed and every value is valid: no empty patch is ever sent. */
  canSave: boolean;
  saving: boolean;
  error: unknown;
  onSave: () => void;
  onClose: () => void;
  saveLabel?: string;
  children: ReactNode;
}

/**
 * The frame of every token editor. While saving, the page behind already shows the new value;
 * if the server refuses, it shows the old one again and this dialog keeps what was typed, with
 * the server's reason.
 */
export function EditDialog({
  title,
  canSave,
  saving,
  error,
  onSave,
  onClose,
  saveLabel = 'Save',
  children,
}: Props) {
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSave && !saving) onSave();
  };
  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {error ? (
            <ApiErrorAlert
              title="The change was not saved; the token shows its previous value"
              error={error}
            />
          ) : null}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={!canSave || saving}>
            {saving ? 'Saving…' : saveLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
