import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { WizardValues } from '../wizard-values';

/** Ticked by default, as in the portal: unticked, the redeemer must connect from the same metro. */
export function RemoteConnectionField() {
  const { field, fieldState } = useController<WizardValues, 'allowRemoteConnection'>({
    name: 'allowRemoteConnection',
  });
  const helperId = useId();
  return (
    <FormControl error={Boolean(fieldState.error)}>
      <FormControlLabel
        label="Allow a remote connection to be created"
        control={
          <Checkbox
            checked={field.value}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{ input: { ref: field.ref, 'aria-describedby': helperId } }}
          />
        }
      />
      <FormHelperText id={helperId}>
        {fieldState.error?.message ??
          (field.value
            ? 'The customer may connect from any metro.'
            : 'The customer must connect from the same metro as this asset.')}
      </FormHelperText>
    </FormControl>
  );
}
