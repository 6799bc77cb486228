import TextField from '@mui/material/TextField';
import { useController } from 'react-hook-form';
import type { WizardValues } from '../wizard-values';

export interface LocationOption {
  code: string;
  name: string;
}

interface Props {
  options: readonly LocationOption[];
  /** Called after the location changed, so the caller can drop a choice made elsewhere. */
  onChange?: (metroCode: string) => void;
}

/**
 * "Select a location": the metros where the current project has the asset kind chosen. A native
 * select on purpose (docs/decisions/016-how-a-page-renders.md, "Native selects"): the list of
 * metros is long, and the browser's own list gives type-ahead to the keyboard and the phone's own
 * picker.
 */
export function LocationSelect({ options, onChange }: Props) {
  const { field, fieldState } = useController<WizardValues, 'metroCode'>({ name: 'metroCode' });
  const known = options.some((option) => option.code === field.value);
  return (
    <TextField
      select
      label="Location"
      value={known ? field.value : ''}
      onChange={(event) => {
        field.onChange(event.target.value);
        onChange?.(event.target.value);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={
        fieldState.error?.message ??
        (options.length === 0 ? 'No location has an asset of this kind in this project' : ' ')
      }
      sx={{ minWidth: 280, maxWidth: '100%' }}
      slotProps={{ select: { native: true } }}
    >
      {/* Without a matching option a native select would show its first one as chosen. */}
      <option value="" disabled hidden />
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name} ({option.code})
        </option>
      ))}
    </TextField>
  );
}
