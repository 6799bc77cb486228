import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useEffect, useId, useRef, useState } from 'react';
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
  const limitId = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const full = field.value.length >= maxRecipients;

  // Tabbing to Add commits the text; if that was the twelfth address, Add is now disabled under
  // the focus: the field takes it back, and its hint says why.
  useEffect(() => {
    if (!full || !refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [full]);

  const commit = () => {
    if (splitAddresses(text).length === 0) return field.value.length;
    const result = addRecipients(field.value, text);
    if (result.emails.length !== field.value.length) field.onChange(result.emails);
    setText(result.rest);
    setProblem(result.problem);
    return result.emails.length;
  };
  const remove = (email: string) => {
    field.onChange(field.value.filter((known) => known !== email));
    setProblem(undefined);
  };

  const message = problem ?? fieldState.error?.message;
  const hint = full
    ? `${field.value.length} of ${maxRecipients}. Remove one with its ✕ or the Delete key to add another.`
    : `${field.value.length} of ${maxRecipients}. Press Enter to add an address; remove one with its ✕ or the Delete key.`;
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
          onBlur={(event) => {
            const count = commit();
            field.onBlur();
            if (count >= maxRecipients && event.relatedTarget === addButton.current) {
              refocus.current = true;
            }
          }}
          inputRef={(element) => {
            field.ref(element);
            input.current = element instanceof HTMLInputElement ? element : null;
          }}
          error={Boolean(message)}
          helperText={message ?? hint}
          slotProps={{ htmlInput: { inputMode: 'email', autoComplete: 'email' } }}
          sx={{ flexGrow: 1 }}
        />
        <Button
          ref={addButton}
          variant="outlined"
          // A click adds without taking the focus from the field, where typing goes on.
          onMouseDown={(event) => event.preventDefault()}
          onClick={commit}
          disabled={full}
          aria-describedby={full ? limitId : undefined}
          sx={{ mt: 1 }}
        >
          Add
        </Button>
      </Box>
      {full && (
        <FormHelperText id={limitId} error={false} sx={{ textAlign: 'right' }}>
          {`A token can have at most ${maxRecipients} recipients.`}
        </FormHelperText>
      )}
    </FormControl>
  );
}
