import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { DemoSeedSize, DemoState } from '@/lib/demo-api';
import { useResetDemo, useSeedDemo } from '../api/demo-mutations';
import { seedSizes } from '@/lib/demo-api';
import { seedSizeLabel } from './demo-options';

interface DemoDataSectionProps {
  state: DemoState;
  onDone: (message: string) => void;
}

/** Reset the demo data, or replace it with a seeded data set of a chosen size. */
export function DemoDataSection({ state, onDone }: DemoDataSectionProps) {
  const headingId = useId();
  const reset = useResetDemo();
  const seed = useSeedDemo();
  // The choice starts from the server's current data set; after that it is the user's.
  const [size, setSize] = useState<DemoSeedSize>(state.seedSize);
  const busy = reset.isPending || seed.isPending;
  const failure = reset.error ?? seed.error;

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        Data
      </Typography>
      <TextField
        select
        size="small"
        label="Seed size"
        value={String(size)}
        onChange={(event) => {
          const chosen = seedSizes.find((option) => String(option) === event.target.value);
          if (chosen !== undefined) setSize(chosen);
        }}
        helperText="Large data sets take a few seconds to generate."
      >
        {seedSizes.map((option) => (
          <MenuItem key={option} value={String(option)}>
            {seedSizeLabel(option)}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() =>
            seed.mutate(size, {
              onSuccess: (next) =>
                onDone(`Loaded ${seedSizeLabel(next.seedSize).toLowerCase()} data set.`),
            })
          }
        >
          {seed.isPending ? 'Loading…' : 'Load data set'}
        </Button>
        <Button
          variant="outlined"
          color="warning"
          disabled={busy}
          onClick={() =>
            reset.mutate(undefined, {
              onSuccess: (next) => {
                setSize(next.seedSize);
                onDone(
                  `Demo data reset: a fresh ${seedSizeLabel(next.seedSize).toLowerCase()} data set.`,
                );
              },
            })
          }
        >
          {reset.isPending ? 'Resetting…' : 'Reset demo data'}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        Reset regenerates the current data set and restores the real clock, no latency or errors,
        and the Fabric Manager role.
      </Typography>
      {failure && <Alert severity="error">{failure.message}</Alert>}
    </Stack>
  );
}
