import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import {
  type ChangeEvent,
  type FocusEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  useId,
} from 'react';

type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface TextFieldProps {
  label: ReactNode;
  value: string | number;
  onChange?: (event: ChangeEvent<FieldElement>) => void;
  onBlur?: (event: FocusEvent<FieldElement>) => void;
  onKeyDown?: (event: KeyboardEvent<FieldElement>) => void;
  inputRef?: Ref<FieldElement>;
  helperText?: ReactNode;
  error?: boolean;
  required?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
  type?: string;
  name?: string;
  id?: string;
  placeholder?: string;
  multiline?: boolean;
  /**
   * A multiline field's height in rows. Fixed, in a plain `<textarea>`: MUI's own multiline field
   * measures itself on every mount and change, which makes the browser lay out the whole page
   * then and there (a third of a wizard step's transition).
   */
  rows?: number;
  /** A native `<select>`: pass `<option>` children. */
  select?: boolean;
  children?: ReactNode;
  /** Keeps the label above the field (dates, whose native control shows a placeholder). */
  shrinkLabel?: boolean;
  /** Attributes for the `<input>` (or `<select>`, `<textarea>`) element itself. */
  htmlInput?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
  sx?: SxProps<Theme>;
}

/**
 * The outlined text field, composed from MUI's parts as its docs describe. MUI's `TextField`
 * always bundles `Select` (and with it Menu, Popover and Modal) even where no field is
 * a select; this one uses the browser's own `<select>` instead, which also suits keyboards, screen
 * readers and phones. See docs/decisions/007-first-load-budget.md.
 */
export function TextField({
  label,
  helperText,
  error,
  required,
  disabled,
  fullWidth,
  size,
  select,
  children,
  shrinkLabel,
  htmlInput,
  sx,
  id,
  inputRef,
  multiline,
  rows,
  ...input
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const helperId = helperText ? `${inputId}-helper-text` : undefined;
  const labelId = `${inputId}-label`;
  const outlined = <OutlinedInput label={label} notched={shrinkLabel || undefined} />;
  return (
    <FormControl
      variant="outlined"
      error={error}
      required={required}
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      sx={sx}
    >
      <InputLabel htmlFor={inputId} id={labelId} shrink={shrinkLabel || undefined}>
        {label}
      </InputLabel>
      {select ? (
        <NativeSelect
          {...input}
          id={inputId}
          input={outlined}
          inputRef={inputRef}
          inputProps={{ ...htmlInput, 'aria-describedby': helperId } as object}
        >
          {children}
        </NativeSelect>
      ) : (
        <OutlinedInput
          {...input}
          id={inputId}
          label={label}
          notched={shrinkLabel || undefined}
          inputRef={inputRef}
          multiline={multiline}
          inputComponent={multiline ? 'textarea' : undefined}
          rows={rows}
          inputProps={{ ...htmlInput, 'aria-describedby': helperId }}
        />
      )}
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
