import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useFormContext } from 'react-hook-form';
import type { WizardOutput } from '../wizard-schema';
import type { WizardValues } from '../wizard-values';
import { BandwidthField } from './bandwidth-field';
import { ExpirationField } from './expiration-field';
import { RecipientsField } from './recipients-field';

function OptionalText({
  name,
  label,
  multiline,
}: {
  name: 'name' | 'description';
  label: string;
  multiline?: boolean;
}) {
  const { register, getFieldState, formState } = useFormContext<
    WizardValues,
    unknown,
    WizardOutput
  >();
  const { error } = getFieldState(name, formState);
  const { ref, ...field } = register(name);
  return (
    <TextField
      {...field}
      inputRef={ref}
      label={label}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      error={Boolean(error)}
      helperText={error?.message ?? 'Optional'}
      sx={{ maxWidth: 640 }}
    />
  );
}

/** Step 2: expiration, bandwidth, recipients, and the optional name and description. */
export function DetailsStep() {
  return (
    <Stack spacing={3}>
      <ExpirationField />
      <BandwidthField />
      <RecipientsField />
      <OptionalText name="name" label="Name" />
      <OptionalText name="description" label="Description" multiline />
    </Stack>
  );
}
