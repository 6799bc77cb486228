import type { QueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { prefetchProject } from '@/lib/current-project';
import { wizardSteps } from '@/config/paths';
import { CreateTokenPage } from '@/features/create-token/components/create-token-page';
import { NotFoundPage } from './not-found';

/** `/service-tokens/create/:step`; an unknown step is a missing page. */
export function Component() {
  const { step } = useParams();
  if (!wizardSteps.some((known) => known === step)) return <NotFoundPage />;
  return <CreateTokenPage />;
}

/** The wizard is for the current project: on a first visit it is chosen before the first render. */
export function prefetch(queryClient: QueryClient) {
  return prefetchProject(queryClient);
}
