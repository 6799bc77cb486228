import { TokenDetailsPage } from '@/features/token-details/components/token-details-page';

export function Component() {
  return <TokenDetailsPage />;
}
