import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useController, useWatch } from 'react-hook-form';
import type { SignInField, SignInValues } from '../sign-in-schema';

interface FieldProps {
  name: Exclude<SignInField, 'method'>;
  label: string;
  hint: string;
  secret?: boolean;
}

/** A text field bound to the form; secrets are password fields that no browser autofills. */
export function SignInTextField({ name, label, hint, secret = false }: FieldProps) {
  const { field, fieldState } = useController<SignInValues, typeof name>({ name });
  return (
    <TextField
      label={label}
      required
      fullWidth
      type={secret ? 'password' : name === 'apiBaseUrl' ? 'url' : 'text'}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? hint}
      slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
    />
  );
}

/** "Client credentials" or "Access token", and the fields the choice asks for. */
export function CredentialFields() {
  const { field } = useController<SignInValues, 'method'>({ name: 'method' });
  const method = useWatch<SignInValues, 'method'>({ name: 'method' });
  return (
    <>
      <FormControl>
        <FormLabel id="sign-in-method">Sign in with</FormLabel>
        <RadioGroup
          row
          aria-labelledby="sign-in-method"
          name={field.name}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
        >
          <FormControlLabel
            value="clientCredentials"
            control={<Radio />}
            label="Client credentials"
          />
          <FormControlLabel value="accessToken" control={<Radio />} label="Access token" />
        </RadioGroup>
      </FormControl>
      {method === 'accessToken' ? (
        <SignInTextField
          name="accessToken"
          label="Access token"
          hint="A bearer token you already have; it is sent to the portal’s server only"
          secret
        />
      ) : (
        <>
          <SignInTextField
            name="clientId"
            label="Client id"
            hint="The Consumer Key under “My Apps” in the Equinix Developer Portal"
          />
          <SignInTextField
            name="clientSecret"
            label="Client secret"
            hint="The Consumer Secret; the portal’s server keeps it, this page does not"
            secret
          />
        </>
      )}
    </>
  );
}
