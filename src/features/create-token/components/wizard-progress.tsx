import CheckCircle from '@mui/icons-material/CheckCircle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { FormStep } from '../wizard-steps';

interface Props {
  steps: readonly FormStep[];
  activeIndex: number;
}

/** The step's number in a filled circle, as MUI's StepIcon draws it. */
function StepNumber({ number, active }: { number: number; active: boolean }) {
  return (
    <Box
      component="svg"
      viewBox="0 0 24 24"
      aria-hidden
      sx={{
        width: 24,
        height: 24,
        flexShrink: 0,
        color: active ? 'primary.main' : 'text.disabled',
      }}
    >
      <circle cx="12" cy="12" r="12" fill="currentColor" />
      <Box
        component="text"
        x="12"
        y="12"
        textAnchor="middle"
        dominantBaseline="central"
        sx={{ fill: (theme) => theme.palette.primary.contrastText, fontSize: 'caption.fontSize' }}
      >
        {number}
      </Box>
    </Box>
  );
}

/**
 * Where the user is in the wizard: looks like MUI's horizontal Stepper, which would add its code
 * to the route's first load. An ordered list, the current step marked for assistive tech.
 */
export function WizardProgress({ steps, activeIndex }: Props) {
  return (
    <Box
      component="ol"
      aria-label="Progress"
      sx={{ display: 'flex', alignItems: 'center', listStyle: 'none', p: 0, my: 3 }}
    >
      {steps.map((step, index) => (
        <Box
          component="li"
          key={step.id}
          aria-current={index === activeIndex ? 'step' : undefined}
          sx={{ display: 'flex', alignItems: 'center', flex: index > 0 ? '1 1 auto' : undefined }}
        >
          {index > 0 && (
            <Box aria-hidden sx={{ flex: '1 1 auto', borderTop: 1, borderColor: 'grey.400' }} />
          )}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1 }}>
            {index < activeIndex ? (
              <CheckCircle aria-hidden color="primary" sx={{ fontSize: 24 }} />
            ) : (
              <StepNumber number={index + 1} active={index === activeIndex} />
            )}
            <Typography
              variant="body2"
              component="span"
              sx={{
                color: index <= activeIndex ? 'text.primary' : 'text.secondary',
                fontWeight: index <= activeIndex ? 500 : undefined,
              }}
            >
              {step.label}
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
