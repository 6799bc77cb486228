import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
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
  const picked = expirationQuickPicks.find((days) => field.value === dateInputValue(days, now));
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
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        aria-label="Expire in"
        value={picked ?? null}
        // Pressing the chosen pick again keeps its date (the group would offer null).
        onChange={(_event, days: number | null) => {
          if (days !== null) field.onChange(dateInputValue(days, now));
        }}
        sx={{ alignSelf: 'flex-start' }}
      >
        {expirationQuickPicks.map((days) => (
          <ToggleButton key={days} value={days}>
            {days} days
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
}
