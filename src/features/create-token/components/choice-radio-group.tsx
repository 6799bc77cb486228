import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { WizardValues } from '../wizard-values';

type ChoiceField = 'side' | 'assetType' | 'deviceMode' | 'interfaceMode';

interface Props<F extends ChoiceField> {
  name: F;
  legend: string;
  choices: readonly { value: WizardValues[F]; label: string }[];
  onChange?: (value: WizardValues[F]) => void;
}

/** A labelled radio group for one of the wizard's fixed choices. */
export function ChoiceRadioGroup<F extends ChoiceField>({
  name,
  legend,
  choices,
  onChange,
}: Props<F>) {
  const { field, fieldState } = useController<WizardValues, ChoiceField>({ name });
  const helperId = useId();
  const legendId = useId();
  return (
    <FormControl component="fieldset" error={Boolean(fieldState.error)}>
      <FormLabel component="legend" id={legendId}>
        {legend}
      </FormLabel>
      <RadioGroup
        name={name}
        value={field.value}
        aria-labelledby={legendId}
        aria-describedby={helperId}
        onChange={(_event, value) => {
          const choice = choices.find((candidate) => candidate.value === value);
          if (!choice) return;
          field.onChange(choice.value);
          onChange?.(choice.value);
        }}
        onBlur={field.onBlur}
      >
        {choices.map((choice, index) => (
          <FormControlLabel
            key={choice.value}
            value={choice.value}
            label={choice.label}
            control={<Radio slotProps={{ input: { ref: index === 0 ? field.ref : undefined } }} />}
          />
        ))}
      </RadioGroup>
      <FormHelperText id={helperId}>{fieldState.error?.message ?? ' '}</FormHelperText>
    </FormControl>
  );
}
