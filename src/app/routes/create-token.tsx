import LinearProgress from '@mui/material/LinearProgress';
import Box from '@mui/material/Box';
import { useParams } from 'react-router';
import { wizardSteps } from '@/config/paths';
import { CreateTokenPage } from '@/features/create-token/components/create-token-page';
import { WizardHeading } from '@/features/create-token/components/token-wizard';
import { prefetchProject } from '@/lib/current-project';
import { queryClient } from '../query-client';
import { NotFoundPage } from './not-found';

/** The wizard is for the current project: on a first visit it is chosen before the first render. */
export async function clientLoader() {
  await prefetchProject(queryClient);
  return null;
}

/** Moving between steps changes nothing the loader reads. */
export function shouldRevalidate() {
  return false;
}

/** The first paint (prerendered) while the code and the project arrive. */
export function HydrateFallback() {
  return (
    <Box sx={{ maxWidth: 960, mx: 'auto', display: 'grid', gap: 2 }}>
      <WizardHeading />
      <LinearProgress aria-label="Loading your project" />
    </Box>
  );
}

/** `/service-tokens/create/:step`; an unknown step is a missing page. */
export default function CreateToken() {
  const { step } = useParams();
  if (!wizardSteps.some((known) => known === step)) return <NotFoundPage />;
  return <CreateTokenPage />;
}

export { RouteError as ErrorBoundary } from '../route-error';
