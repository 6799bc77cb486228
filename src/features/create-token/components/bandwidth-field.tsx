import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { formatBandwidth } from '@/lib/format';
import { bandwidthChoices } from '@/lib/token-rules';
import { bandwidthCapFor } from '../eligibility';
import type { WizardValues } from '../wizard-values';

const assetNames = { PORT: 'port', VD: 'virtual device', NETWORK: 'network' } as const;

/**
 * A native select on purpose (docs/decisions/016-how-a-page-renders.md, "Native selects"): like
 * Location in the same wizard, it opens the phone's own picker and takes keyboard type-ahead.
 */
function BandwidthLimitSelect({ choices, hint }: { choices: number[]; hint: string }) {
  const { field, fieldState } = useController<WizardValues, 'bandwidthLimit'>({
    name: 'bandwidthLimit',
  });
  return (
    <TextField
      select
      required
      label="Connection bandwidth limit"
      value={field.value ?? ''}
      onChange={(event) => field.onChange(Number(event.target.value))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? hint}
      sx={{ width: 280 }}
      slotProps={{ select: { native: true } }}
    >
      {/* Without a matching option a native select would show its first one as chosen. */}
      <option value="" disabled hidden />
      {choices.map((mbps) => (
        <option key={mbps} value={mbps}>
          {formatBandwidth(mbps)}
        </option>
      ))}
    </TextField>
  );
}

function SupportedBandwidthsGroup({ choices, hint }: { choices: number[]; hint: string }) {
  const { field, fieldState } = useController<WizardValues, 'supportedBandwidths'>({
    name: 'supportedBandwidths',
  });
  const helperId = useId();
  const toggle = (mbps: number, checked: boolean) => {
    const next = checked ? [...field.value, mbps] : field.value.filter((value) => value !== mbps);
    field.onChange([...new Set(next)].sort((a, b) => a - b));
  };
  return (
    <FormControl component="fieldset" required error={Boolean(fieldState.error)}>
      <FormLabel component="legend">Supported connection bandwidths</FormLabel>
      <FormGroup row aria-describedby={helperId}>
        {choices.map((mbps, index) => (
          <FormControlLabel
            key={mbps}
            label={formatBandwidth(mbps)}
            control={
              <Checkbox
                checked={field.value.includes(mbps)}
                onChange={(event) => toggle(mbps, event.target.checked)}
                onBlur={field.onBlur}
                slotProps={{ input: { ref: index === 0 ? field.ref : undefined } }}
              />
            }
          />
        ))}
      </FormGroup>
      <FormHelperText id={helperId}>{fieldState.error?.message ?? hint}</FormHelperText>
    </FormControl>
  );
}

/** A-side: one limit. Z-side: the speeds the customer may choose from. Capped by the asset. */
export function BandwidthField() {
  const [side, assetType, portBandwidthCap] = useWatch<
    WizardValues,
    ['side', 'assetType', 'portBandwidthCap']
  >({ name: ['side', 'assetType', 'portBandwidthCap'] });
  const cap = bandwidthCapFor(assetType, portBandwidthCap);
  const choices = bandwidthChoices(cap);
  const hint = `Up to ${formatBandwidth(cap)} for this ${assetNames[assetType]}.`;
  return side === 'A' ? (
    <BandwidthLimitSelect choices={choices} hint={hint} />
  ) : (
    <SupportedBandwidthsGroup
      choices={choices}
      hint={`The customer picks one of these when connecting. ${hint}`}
    />
  );
}
