import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useDeleteServiceToken } from '@/api/mutations/service-tokens';
import type { ServiceToken } from '@/api/types';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { describeToken } from '@/lib/tokens/describe-token';

interface Props {
  token: ServiceToken & { uuid: string };
  onDeleted: (message: string) => void;
  onClose: () => void;
}

/** Deleting is final: the confirmation names the token and what is freed. */
export function DeleteTokenDialog({ token, onDeleted, onClose }: Props) {
  const titleId = useId();
  const remove = useDeleteServiceToken();
  const { assetKind } = describeToken(token);
  const freed =
    assetKind === 'VD'
      ? 'Its device interface is freed.'
      : assetKind === 'COLO'
        ? 'Its VLAN on the port is freed.'
        : 'Its reservation is freed.';
  const confirm = () =>
    remove.mutate(token.uuid, {
      onSuccess: () => {
        onDeleted('Token deleted');
        onClose();
      },
    });
  return (
    <Dialog open onClose={remove.isPending ? undefined : onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Delete Service Token</DialogTitle>
      <DialogContent>
        {remove.error ? (
          <ApiErrorAlert title="The token was not deleted" error={remove.error} />
        ) : null}
        <DialogContentText>
          Delete <strong>{token.name || 'this unnamed token'}</strong> ({token.uuid})? It can no
          longer be redeemed. {freed}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={remove.isPending}>
          {remove.isPending ? 'Deleting…' : 'Delete Service Token'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
