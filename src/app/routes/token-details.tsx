import { lazy } from 'react';
import { config } from '@/config/env';
import { TokenDetailsPage } from '@/features/token-details/components/token-details-page';

// Demo mode adds the demo's own controls to the page; live mode never downloads them.
const DemoTokenPanel = lazy(() =>
  import('@/features/demo/components/demo-token-panel').then((m) => ({
    default: m.DemoTokenPanel,
  })),
);

export function Component() {
  return <TokenDetailsPage extraPanel={config.mode === 'demo' ? DemoTokenPanel : undefined} />;
}
