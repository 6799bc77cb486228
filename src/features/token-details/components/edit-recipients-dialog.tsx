import Add from '@mui/icons-material/Add';
import Close from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ServiceToken } from '@/api/types';
import { maxRecipients } from '@/lib/token-rules';
import { tokenPhoneRecipients, tokenRecipients } from '@/lib/tokens/describe-token';
import { recipientError, recipientsValid } from '../lib/recipient-rows';
import { recipientsPatch } from '../lib/token-patches';
import { useTokenUpdate } from '../lib/use-token-update';
import { EditDialog } from './edit-dialog';

interface Props {
  token: ServiceToken & { uuid: string };
  onSaved: (message: string) => void;
  onClose: () => void;
}

interface Row {
  id: number;
  email: string;
  touched: boolean;
}

/** Recipients: 1 to 12 distinct, valid emails; each row has its own message and remove button. */
export function EditRecipientsDialog({ token, onSaved, onClose }: Props) {
  const addButton = useRef<HTMLButtonElement>(null);
  const limitId = useId();
  const [{ rows, nextId }, setState] = useState(() => {
    const current = tokenRecipients(token);
    const initial = current.length > 0 ? current : [''];
    return {
      rows: initial.map((email, id): Row => ({ id, email, touched: false })),
      nextId: initial.length,
    };
  });
  const setRows = (change: (rows: Row[]) => Row[], added = 0) =>
    setState((state) => ({ rows: change(state.rows), nextId: state.nextId + added }));
  const [focusId, setFocusId] = useState<number | undefined>();
  const { save, saving, error, fieldError } = useTokenUpdate(token.uuid, () => {
    onSaved('Recipients updated');
    onClose();
  });
  const emails = rows.map((row) => row.email);
  const operations = recipientsPatch(token, emails);
  const serverMessage = fieldError('/notifications');
  const phoneCount = tokenPhoneRecipients(token).length;

  const update = (id: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  const add = () => {
    setRows((current) => [...current, { id: nextId, email: '', touched: false }], 1);
    setFocusId(nextId);
  };
  const remove = (id: number) => {
    // Rendered first: at the limit, Add is disabled until this row is gone, and would refuse focus.
    flushSync(() => setRows((current) => current.filter((row) => row.id !== id)));
    addButton.current?.focus();
  };

  return (
    <EditDialog
      title="Edit recipients"
      canSave={operations.length > 0 && recipientsValid(emails)}
      saving={saving}
      error={error}
      onClose={onClose}
      onSave={() => save(operations)}
    >
      <Stack spacing={1.5} sx={{ pt: 1 }}>
        {rows.map((row, index) => {
          const message = row.touched ? recipientError(emails, index) : undefined;
          return (
            <Stack key={row.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                type="email"
                label={`Recipient ${index + 1}`}
                value={row.email}
                autoFocus={row.id === focusId}
                onChange={(event) => update(row.id, { email: event.target.value })}
                onBlur={() => update(row.id, { touched: true })}
                error={Boolean(message)}
                helperText={message ?? ' '}
                fullWidth
                size="small"
                autoComplete="email"
              />
              <IconButton
                aria-label={`Remove recipient ${index + 1}${row.email ? ` (${row.email})` : ''}`}
                onClick={() => remove(row.id)}
                disabled={rows.length === 1}
              >
                <Close />
              </IconButton>
            </Stack>
          );
        })}
        {serverMessage && <FormHelperText error>{serverMessage}</FormHelperText>}
        <div>
          <Button
            ref={addButton}
            startIcon={<Add />}
            onClick={add}
            disabled={rows.length >= maxRecipients}
            aria-describedby={limitId}
          >
            Add another email
          </Button>
          <FormHelperText id={limitId}>
            {rows.length >= maxRecipients
              ? `A token can have at most ${maxRecipients} recipients.`
              : `1 to ${maxRecipients} recipients; any of them can redeem the token, once.`}
          </FormHelperText>
          {phoneCount > 0 && (
            <FormHelperText>
              {`The token's ${phoneCount === 1 ? 'phone recipient stays' : `${phoneCount} phone recipients stay`} as they are; the portal edits emails only.`}
            </FormHelperText>
          )}
        </div>
      </Stack>
    </EditDialog>
  );
}
