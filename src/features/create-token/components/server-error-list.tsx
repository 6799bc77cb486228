import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useFormState } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import { formSteps, stepOfField } from '../wizard-steps';
import { isWizardField, wizardFieldLabel, type WizardValues } from '../wizard-values';

/** What the server refused, field by field, each with a link to the step that holds the field. */
export function ServerErrorList() {
  const { errors } = useFormState<WizardValues>();
  const problems = Object.entries(errors).flatMap(([name, error]) => {
    const step = stepOfField(name);
    const message = error && 'message' in error ? error.message : undefined;
    return isWizardField(name) && step && typeof message === 'string'
      ? [{ name, label: wizardFieldLabel(name), message, step }]
      : [];
  });
  if (problems.length === 0) return null;
  return (
    <Alert severity="error">
      <AlertTitle>The server refused this request</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {problems.map((problem) => (
          <li key={problem.name}>
            {problem.label}: {problem.message}.{' '}
            <Link component={RouterLink} to={paths.create.href(problem.step.id)}>
              Fix on {formSteps.find((step) => step.id === problem.step.id)?.label}
            </Link>
          </li>
        ))}
      </Box>
    </Alert>
  );
}
