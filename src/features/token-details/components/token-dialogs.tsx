import { lazy } from 'react';

export type TokenDialog = 'expiration' | 'recipients' | 'bandwidth' | 'name' | 'delete';

// Each dialog loads on first use (React.lazy): most visits to a token open none of them.
export const tokenEditors = {
  expiration: lazy(() =>
    import('./edit-expiration-dialog').then((m) => ({ default: m.EditExpirationDialog })),
  ),
  recipients: lazy(() =>
    import('./edit-recipients-dialog').then((m) => ({ default: m.EditRecipientsDialog })),
  ),
  bandwidth: lazy(() =>
    import('./edit-bandwidth-dialog').then((m) => ({ default: m.EditBandwidthDialog })),
  ),
  name: lazy(() => import('./edit-name-dialog').then((m) => ({ default: m.EditNameDialog }))),
} as const;

export const DeleteTokenDialog = lazy(() =>
  import('./delete-token-dialog').then((m) => ({ default: m.DeleteTokenDialog })),
);
