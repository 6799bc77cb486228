import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { z } from '@/lib/zod';
import { useAdvanceDemoClock } from '../api/demo-mutations';

type Unit = 'hours' | 'days';

const limits: Record<Unit, number> = { hours: 24 * 366, days: 366 };

function amountSchema(unit: Unit) {
  return z.coerce
    .number({ error: 'Enter a whole number.' })
    .check(
      z.refine(Number.isInteger, { error: 'Enter a whole number.' }),
      z.minimum(1, { error: 'Move the clock forward by at least 1.' }),
      z.maximum(limits[unit], { error: `At most ${limits[unit]} ${unit} at a time.` }),
    );
}

/** Moves the demo backend's clock forward, so tokens can expire while you watch. */
export function DemoClockForm({ onDone }: { onDone: (message: string) => void }) {
  const headingId = useId();
  const advance = useAdvanceDemoClock();
  const [amount, setAmount] = useState('1');
  const [unit, setUnit] = useState<Unit>('days');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = amountSchema(unit).safeParse(amount.trim() === '' ? undefined : amount);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a whole number.');
      return;
    }
    setError(undefined);
    const by = unit === 'hours' ? { advanceHours: parsed.data } : { advanceDays: parsed.data };
    advance.mutate(by, {
      onSuccess: () => onDone(`Demo clock moved forward by ${parsed.data} ${unit}.`),
    });
  };

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        Clock
      </Typography>
      <Stack component="form" noValidate onSubmit={submit} spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label="Move forward by"
            inputMode="numeric"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={Boolean(error)}
            helperText={error ?? ' '}
            sx={{ flex: 1 }}
          />
          <TextField
            select
            size="small"
            label="Unit"
            value={unit}
            onChange={(event) => setUnit(event.target.value === 'hours' ? 'hours' : 'days')}
            sx={{ width: 120 }}
          >
            <MenuItem value="hours">Hours</MenuItem>
            <MenuItem value="days">Days</MenuItem>
          </TextField>
        </Stack>
        <Button type="submit" variant="outlined" disabled={advance.isPending}>
          {advance.isPending ? 'Moving the clock…' : 'Move clock forward'}
        </Button>
      </Stack>
      {advance.error && <Alert severity="error">{advance.error.message}</Alert>}
    </Stack>
  );
}
