import Delete from '@mui/icons-material/Delete';
import Edit from '@mui/icons-material/Edit';
import Send from '@mui/icons-material/Send';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import { useResendServiceToken } from '@/api/mutations/service-tokens';
import type { ServiceToken } from '@/api/types';
import { tokenRecipients } from '@/lib/tokens/describe-token';
import { lifecycleBlockSummary } from '@/lib/tokens/token-state';
import { forbiddenReason, useWritesForbidden } from '@/lib/tokens/write-access';
import type { ActionGuard } from '../lib/use-action-guard';
import { DetailsSection } from './details-section';
import { GuardedButton } from '@/components/guarded-button';
import type { TokenDialog } from './token-dialogs';

interface Props {
  token: ServiceToken & { uuid: string };
  guard: ActionGuard;
  onOpen: (dialog: TokenDialog) => void;
  onNotice: (message: string) => void;
  onError: (title: string, error: unknown) => void;
}

/** Every lifecycle action, each disabled with its reason when the token's state forbids it. */
export function TokenActions({ token, guard, onOpen, onNotice, onError }: Props) {
  const resend = useResendServiceToken();
  const sendAgain = () =>
    resend.mutate(token.uuid, {
      onSuccess: () => {
        const count = tokenRecipients(token).length;
        onNotice(`Notification sent to ${count} ${count === 1 ? 'recipient' : 'recipients'}`);
      },
      onError: (error) => onError('The notification was not sent', error),
    });
  const forbidden = useWritesForbidden();
  const reason = forbidden ? forbiddenReason : lifecycleBlockSummary(token);
  return (
    <DetailsSection title="Actions">
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <GuardedButton
          variant="outlined"
          startIcon={<Edit />}
          blockedReason={guard.edit}
          onClick={() => onOpen('expiration')}
        >
          Edit expiration
        </GuardedButton>
        <GuardedButton
          variant="outlined"
          startIcon={<Edit />}
          blockedReason={guard.edit}
          onClick={() => onOpen('recipients')}
        >
          Edit recipients
        </GuardedButton>
        <GuardedButton
          variant="outlined"
          startIcon={<Edit />}
          blockedReason={guard.edit}
          onClick={() => onOpen('bandwidth')}
        >
          Edit bandwidth
        </GuardedButton>
        <GuardedButton
          variant="outlined"
          startIcon={<Edit />}
          blockedReason={guard.edit}
          onClick={() => onOpen('name')}
        >
          Edit name and description
        </GuardedButton>
        <GuardedButton
          variant="outlined"
          startIcon={<Send />}
          blockedReason={guard.resend}
          disabled={resend.isPending}
          onClick={sendAgain}
        >
          {resend.isPending ? 'Sending…' : 'Resend notification'}
        </GuardedButton>
        <GuardedButton
          variant="outlined"
          color="error"
          startIcon={<Delete />}
          blockedReason={guard.delete}
          onClick={() => onOpen('delete')}
        >
          Delete token
        </GuardedButton>
      </Stack>
      {reason && <FormHelperText sx={{ mt: 1 }}>{reason}</FormHelperText>}
    </DetailsSection>
  );
}
