import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { portQueries } from '@/api/queries/ports';
import { useCurrentProjectId } from '@/lib/current-project';
import { isFormStepId } from '../wizard-steps';
import { CreatedPage } from './created-page';
import { TokenWizard, WizardHeading } from './token-wizard';

/**
 * The project is chosen by the app bar once the user's ports are known. The heading stays where
 * the wizard puts it, so the page does not blink between the first paint and the form.
 */
function WaitingForProject() {
  const ports = useQuery(portQueries.list());
  const noPorts = ports.data && (ports.data.data ?? []).length === 0;
  return (
    <Box sx={{ maxWidth: 960, mx: 'auto', display: 'grid', gap: 2 }}>
      <WizardHeading />
      {noPorts ? (
        <Alert severity="info">
          Service tokens are issued for the assets of a project, and you have no port in any project
          yet.
        </Alert>
      ) : (
        <LinearProgress aria-label="Loading your project" />
      )}
    </Box>
  );
}

/** `/service-tokens/create/:step`: the wizard's steps, then the Created page. */
export function CreateTokenPage() {
  const { step } = useParams();
  const projectId = useCurrentProjectId();
  if (step === 'created') {
    return <CreatedPage />;
  }
  // The route shows the not-found page for an unknown step instead of rendering this.
  if (!isFormStepId(step)) throw new Error(`Unknown wizard step: ${String(step)}`);
  if (!projectId) return <WaitingForProject />;
  // A different project is a different draft: a fresh form, keyed by the project.
  return <TokenWizard key={projectId} projectId={projectId} stepId={step} />;
}
