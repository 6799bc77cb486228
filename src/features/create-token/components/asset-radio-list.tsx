import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { WizardValues } from '../wizard-values';

export interface AssetOption {
  value: string;
  label: string;
  /** One line of facts under the label (speed, state, type...). */
  details?: string;
  /** Why the option cannot be chosen; it is then shown disabled with this reason. */
  problem?: string;
}

type StringField = {
  [K in keyof WizardValues]: WizardValues[K] extends string ? K : never;
}[keyof WizardValues];

interface Props {
  name: StringField;
  legend: string;
  options: readonly AssetOption[];
  /** Shown instead of the list when there is nothing to choose from. */
  emptyText: string;
  onSelect?: (value: string) => void;
}

/** A radio list of assets: eligible ones selectable, the others disabled with their reason. */
export function AssetRadioList({ name, legend, options, emptyText, onSelect }: Props) {
  const { field, fieldState } = useController<WizardValues, StringField>({ name });
  const baseId = useId();
  const helperId = `${baseId}-helper`;
  const legendId = `${baseId}-legend`;
  const focusTarget =
    options.find((option) => option.value === field.value && !option.problem) ??
    options.find((option) => !option.problem);
  return (
    <FormControl component="fieldset" error={Boolean(fieldState.error)} sx={{ width: '100%' }}>
      <FormLabel component="legend" id={legendId}>
        {legend}
      </FormLabel>
      {options.length === 0 ? (
        <Typography sx={{ my: 1 }}>{emptyText}</Typography>
      ) : (
        <RadioGroup
          name={name}
          value={field.value}
          aria-labelledby={legendId}
          aria-describedby={helperId}
          onChange={(_event, value) => {
            field.onChange(value);
            onSelect?.(value);
          }}
          onBlur={field.onBlur}
        >
          {options.map((option, index) => {
            const detailsId = `${baseId}-${index}`;
            const disabled = Boolean(option.problem);
            return (
              <Box key={option.value} sx={{ py: 0.5 }}>
                <FormControlLabel
                  value={option.value}
                  disabled={disabled}
                  label={option.label}
                  control={
                    <Radio
                      slotProps={{
                        input: {
                          ref: option === focusTarget ? field.ref : undefined,
                          'aria-describedby': detailsId,
                        },
                      }}
                    />
                  }
                />
                <Typography
                  id={detailsId}
                  variant="body2"
                  color="text.secondary"
                  sx={{ ml: 4, mt: -0.75 }}
                >
                  {[option.details, option.problem && `Not available: ${option.problem}`]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </Box>
            );
          })}
        </RadioGroup>
      )}
      <FormHelperText id={helperId}>{fieldState.error?.message ?? ' '}</FormHelperText>
    </FormControl>
  );
}
