import { data, type LoaderFunctionArgs } from 'react-router-dom';
import { wizardSteps } from '@/config/paths';
import { CreateTokenPage } from '@/features/create-token/components/create-token-page';

/** An unknown step is a missing page, answered before anything renders. */
export function loader({ params }: LoaderFunctionArgs) {
  if (!wizardSteps.some((step) => step === params.step)) {
    throw data(null, { status: 404, statusText: 'Not Found' });
  }
  return null;
}

export function Component() {
  return <CreateTokenPage />;
}
