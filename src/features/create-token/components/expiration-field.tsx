import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useController } from 'react-hook-form';
import { formatDate } from '@/lib/format';
import { expirationQuickPicks, maxExpirationDays } from '@/lib/token-rules';
import { dateInputValue, daysAhead, expirationDateTime } from '../expiration';
import type { WizardValues } from '../wizard-values';

function describe(value: string, now: Date): string {
  const days = daysAhead(value, now);
  if (days === undefined || days < 1 || days > maxExpirationDays) return ' ';
  return `Expires ${formatDate(expirationDateTime(value, now))}, in ${days} day${days === 1 ? '' : 's'}`;
}

/**
 * A native date input (no date-picker library: it would double the route's JavaScript), bounded
 * to tomorrow..90 days ahead, with the portal's quick picks.
 */
export function ExpirationField() {
  const { field, fieldState } = useController<WizardValues, 'expirationDate'>({
    name: 'expirationDate',
  });
  const now = new Date();
  return (
    <Stack spacing={1}>
      <TextField
        type="date"
        label="Expiration date"
        required
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={Boolean(fieldState.error)}
        helperText={fieldState.error?.message ?? describe(field.value, now)}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { min: dateInputValue(1, now), max: dateInputValue(maxExpirationDays, now) },
        }}
        sx={{ width: 280 }}
      />
      <Stack direction="row" spacing={1} role="group" aria-label="Expire in">
        {expirationQuickPicks.map((days) => {
          const value = dateInputValue(days, now);
          const selected = field.value === value;
          return (
            <Button
              key={days}
              size="small"
              variant={selected ? 'contained' : 'outlined'}
              aria-pressed={selected}
              onClick={() => field.onChange(value)}
            >
              {days} days
            </Button>
          );
        })}
      </Stack>
    </Stack>
  );
}
