import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import type { FormStep } from '../wizard-steps';

interface Props {
  steps: readonly FormStep[];
  activeIndex: number;
}

/** Where the user is in the wizard: an ordered list, the current step marked for assistive tech. */
export function WizardProgress({ steps, activeIndex }: Props) {
  return (
    <Stepper activeStep={activeIndex} aria-label="Progress" sx={{ my: 3 }}>
      {steps.map((step, index) => (
        <Step key={step.id} aria-current={index === activeIndex ? 'step' : undefined}>
          <StepLabel>{step.label}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
