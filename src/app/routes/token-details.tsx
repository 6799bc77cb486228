import type { ClientLoaderFunctionArgs } from 'react-router';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import { config } from '@/config/env';
import { DemoTokenPanel } from '@/features/demo/components/demo-token-panel';
import { TokenDetailsPage } from '@/features/token-details/components/token-details-page';
import { queryClient } from '../query-client';

/** `/service-tokens/:uuid`: the page renders once the token is in the cache. */
export async function clientLoader({ params }: ClientLoaderFunctionArgs) {
  // A token that is missing or failed to load is not the route's error: the page says which.
  await queryClient.prefetchQuery(serviceTokenQueries.detail(params.uuid ?? ''));
  return null;
}

export default function TokenDetails() {
  // Demo mode adds the demo's own controls to the page.
  return <TokenDetailsPage extraPanel={config.mode === 'demo' ? DemoTokenPanel : undefined} />;
}

export { RouteError as ErrorBoundary } from '../route-error';
