import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useController } from 'react-hook-form';
import { maxRecipients } from '@/lib/token-rules';
import { addRecipients, splitAddresses } from '../recipients';
import type { WizardValues } from '../wizard-values';

/** "Service Token Recipient": 1 to 12 addresses, entered as chips. */
export function RecipientsField() {
  const { field, fieldState } = useController<WizardValues, 'emails'>({ name: 'emails' });
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const labelId = useId();

  const commit = () => {
    if (splitAddresses(text).length === 0) return;
    const result = addRecipients(field.value, text);
    if (result.emails.length !== field.value.length) field.onChange(result.emails);
    setText(result.rest);
    setProblem(result.problem);
  };
  const remove = (email: string) => {
    field.onChange(field.value.filter((known) => known !== email));
    setProblem(undefined);
  };

  const message = problem ?? fieldState.error?.message;
  const hint = `${field.value.length} of ${maxRecipients}. Press Enter to add an address; remove one with its ✕ or the Delete key.`;
  return (
    <FormControl component="fieldset" error={Boolean(message)} sx={{ maxWidth: 640 }}>
      <FormLabel component="legend" id={labelId}>
        Service token recipients
      </FormLabel>
      <Box
        component="ul"
        aria-labelledby={labelId}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, p: 0, my: 1, listStyle: 'none' }}
      >
        {field.value.map((email) => (
          <li key={email}>
            <Chip
              label={email}
              onDelete={() => remove(email)}
              aria-label={`${email}, press Delete to remove`}
            />
          </li>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          label="Recipient email"
          value={text}
          required={field.value.length === 0}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              commit();
            }
          }}
          onBlur={() => {
            commit();
            field.onBlur();
          }}
          inputRef={field.ref}
          error={Boolean(message)}
          helperText={message ?? hint}
          slotProps={{ htmlInput: { inputMode: 'email', autoComplete: 'email' } }}
          sx={{ flexGrow: 1 }}
        />
        <Button variant="outlined" onClick={commit} sx={{ mt: 1 }}>
          Add
        </Button>
      </Box>
    </FormControl>
  );
}
