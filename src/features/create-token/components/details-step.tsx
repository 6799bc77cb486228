import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useController } from 'react-hook-form';
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
  const { field, fieldState } = useController<WizardValues, 'name' | 'description'>({ name });
  const { error } = fieldState;
  return (
    <TextField
      name={field.name}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      multiline={multiline}
      rows={multiline ? 3 : undefined}
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
