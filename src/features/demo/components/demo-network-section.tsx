import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { DemoState } from '@/lib/demo-api';
import { useDemoSettings } from '../api/demo-mutations';
import { failureRates, latencies } from './demo-options';

interface DemoNetworkSectionProps {
  state: DemoState;
  onDone: (message: string) => void;
}

/** How the demo backend's network behaves: latency, a rate of 5xx answers, or no network. */
export function DemoNetworkSection({ state, onDone }: DemoNetworkSectionProps) {
  const headingId = useId();
  const latencyLabelId = useId();
  const latency = useDemoSettings();
  const failures = useDemoSettings();
  const offline = useDemoSettings();
  const failure = latency.error ?? failures.error ?? offline.error;
  const failureRateChoices = failureRates.some((option) => option.value === state.failureRate)
    ? failureRates
    : [...failureRates, { value: state.failureRate, label: `${state.failureRate * 100}%` }];

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        Network
      </Typography>
      <FormControl disabled={latency.isPending}>
        <FormLabel id={latencyLabelId}>Latency</FormLabel>
        <RadioGroup
          aria-labelledby={latencyLabelId}
          value={latency.isPending ? latency.variables.latency : state.latency}
          onChange={(_event, value) => {
            const chosen = latencies.find((option) => option.value === value);
            if (!chosen) return;
            latency.mutate(
              { latency: chosen.value },
              { onSuccess: () => onDone(`Latency: ${chosen.label}.`) },
            );
          }}
        >
          {latencies.map((option) => (
            <FormControlLabel
              key={option.value}
              value={option.value}
              control={<Radio size="small" />}
              label={option.label}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        select
        size="small"
        label="Server errors (5xx)"
        disabled={failures.isPending}
        value={String(failures.isPending ? failures.variables.failureRate : state.failureRate)}
        onChange={(event) => {
          const chosen = failureRateChoices.find((o) => String(o.value) === event.target.value);
          if (!chosen) return;
          failures.mutate(
            { failureRate: chosen.value },
            { onSuccess: () => onDone(`Server errors: ${chosen.label.toLowerCase()}.`) },
          );
        }}
        helperText="The share of API requests that answer 500."
      >
        {failureRateChoices.map((option) => (
          <MenuItem key={option.value} value={String(option.value)}>
            {option.label}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={
          <Switch
            checked={offline.isPending ? Boolean(offline.variables.offline) : state.offline}
            disabled={offline.isPending}
            onChange={(_event, checked) =>
              offline.mutate(
                { offline: checked },
                {
                  onSuccess: () =>
                    onDone(checked ? 'The API is offline.' : 'The API is back online.'),
                },
              )
            }
          />
        }
        label="Offline (every API request fails as a network error)"
      />
      {failure && <Alert severity="error">{failure.message}</Alert>}
    </Stack>
  );
}
