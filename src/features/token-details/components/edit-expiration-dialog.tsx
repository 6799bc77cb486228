import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { ServiceToken } from '@/api/types';
import { formatDateTime } from '@/lib/format';
import { daysFromNow, expirationQuickPicks, latestExpiration } from '@/lib/token-rules';
import {
  expirationError,
  expirationFromDateInput,
  toDateInputValue,
} from '../lib/expiration-choice';
import { expirationPatch } from '../lib/token-patches';
import { useTokenUpdate } from '../lib/use-token-update';
import { EditDialog } from './edit-dialog';

interface Props {
  token: ServiceToken & { uuid: string };
  onSaved: (message: string) => void;
  onClose: () => void;
}

export function EditExpirationDialog({ token, onSaved, onClose }: Props) {
  const quickPicksId = useId();
  const [now] = useState(() => new Date());
  const initial = token.expirationDateTime
    ? toDateInputValue(new Date(token.expirationDateTime))
    : '';
  const [value, setValue] = useState(initial);
  const [touched, setTouched] = useState(false);
  const { save, saving, error, fieldError } = useTokenUpdate(token.uuid, () => {
    onSaved('Expiration updated');
    onClose();
  });
  const problem = expirationError(value, now);
  const picked = expirationFromDateInput(value, now);
  const changed = value !== initial;
  const message = (touched || changed ? problem : undefined) ?? fieldError('/expirationDateTime');

  return (
    <EditDialog
      title="Edit expiration"
      canSave={changed && !problem}
      saving={saving}
      error={error}
      onClose={onClose}
      onSave={() => picked && save(expirationPatch(token, picked.toISOString()))}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField
          type="date"
          label="Expiration date"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onBlur={() => setTouched(true)}
          error={Boolean(message)}
          helperText={
            message ??
            (picked
              ? `The token will expire on ${formatDateTime(picked.toISOString())}.`
              : 'Later than now, at most 90 days ahead.')
          }
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: {
              min: toDateInputValue(daysFromNow(1, now)),
              max: toDateInputValue(latestExpiration(now)),
            },
          }}
          required
        />
        <div>
          <Typography variant="body2" id={quickPicksId} sx={{ mb: 1 }}>
            Quick picks
          </Typography>
          <Stack direction="row" spacing={1} role="group" aria-labelledby={quickPicksId}>
            {expirationQuickPicks.map((days) => (
              <Button
                key={days}
                size="small"
                variant="outlined"
                onClick={() => setValue(toDateInputValue(daysFromNow(days, now)))}
              >
                {days} days
              </Button>
            ))}
          </Stack>
        </div>
      </Stack>
    </EditDialog>
  );
}
