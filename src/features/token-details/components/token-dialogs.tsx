import { lazy } from 'react';

export type TokenDialog = 'expiration' | 'recipients' | 'bandwidth' | 'name' | 'delete';

// Every dialog loads on first use: the page's first paint does not pay for Dialog (and Modal),
// nor for the editors' fields. `preloadTokenDialog` starts the download when the pointer reaches
// or focus lands on the button that opens one, so opening it feels instant.
const loaders = {
  expiration: () =>
    import('./edit-expiration-dialog').then((m) => ({ default: m.EditExpirationDialog })),
  recipients: () =>
    import('./edit-recipients-dialog').then((m) => ({ default: m.EditRecipientsDialog })),
  bandwidth: () =>
    import('./edit-bandwidth-dialog').then((m) => ({ default: m.EditBandwidthDialog })),
  name: () => import('./edit-name-dialog').then((m) => ({ default: m.EditNameDialog })),
  delete: () => import('./delete-token-dialog').then((m) => ({ default: m.DeleteTokenDialog })),
} satisfies Record<TokenDialog, unknown>;

export function preloadTokenDialog(dialog: TokenDialog): void {
  // A failed download surfaces again, through the error boundary, when the dialog is opened.
  void loaders[dialog]().catch(() => undefined);
}

export const tokenEditors = {
  expiration: lazy(loaders.expiration),
  recipients: lazy(loaders.recipients),
  bandwidth: lazy(loaders.bandwidth),
  name: lazy(loaders.name),
} as const;

export const DeleteTokenDialog = lazy(loaders.delete);
