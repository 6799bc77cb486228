import Science from '@mui/icons-material/Science';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { ServiceToken } from '@/api/types';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { GuardedButton } from '@/components/guarded-button';
import { lifecycleBlockReason } from '@/lib/tokens/token-state';
import { useAdvanceDemoClock, useRedeemToken } from '../api/demo-mutations';
import { demoQueries } from '../api/demo-queries';

const hourMs = 3_600_000;

interface Props {
  token: ServiceToken & { uuid: string };
  onNotice: (message: string) => void;
}

/** Whole hours from the demo's now until just past the token's expiry (at least one). */
export function hoursPastExpiry(token: ServiceToken, now: string): number {
  const expires = new Date(token.expirationDateTime ?? now).getTime();
  return Math.max(1, Math.ceil((expires - new Date(now).getTime()) / hourMs) + 1);
}

/**
 * Demo mode only, on a token's details page: plays the recipient (the demo backend redeems the
 * token through its connection rules) and moves the backend's clock past the token's expiry, so
 * the token's other states can be seen without waiting.
 */
export function DemoTokenPanel({ token, onNotice }: Props) {
  const headingId = useId();
  const state = useQuery(demoQueries.state());
  const redeem = useRedeemToken();
  const advance = useAdvanceDemoClock();
  const blocked = lifecycleBlockReason(token, 'redeem');
  const now = state.data?.now;

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" id={headingId} sx={{ mb: 1.5 }}>
        Demo
      </Typography>
      <Alert severity="info" icon={<Science />} sx={{ mb: 2 }}>
        Demo mode: these controls act on the demo backend only.
      </Alert>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <GuardedButton
          variant="outlined"
          blockedReason={blocked}
          disabled={redeem.isPending}
          onClick={() =>
            redeem.mutate(token.uuid, {
              onSuccess: (connection) => onNotice(`Redeemed by connection ${connection.name}`),
            })
          }
        >
          {redeem.isPending ? 'Redeeming…' : 'Simulate redemption'}
        </GuardedButton>
        <GuardedButton
          variant="outlined"
          blockedReason={blocked}
          disabled={advance.isPending || !now}
          onClick={() => {
            if (!now) return;
            const advanceHours = hoursPastExpiry(token, now);
            advance.mutate(
              { advanceHours },
              { onSuccess: () => onNotice(`The demo clock moved ${advanceHours} hours ahead`) },
            );
          }}
        >
          Advance clock past expiry
        </GuardedButton>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        Simulate redemption creates a connection with this token, as one of its recipients would.
      </Typography>
      <Stack sx={{ mt: 1, gap: 1 }}>
        {redeem.error && <ApiErrorAlert title="The redemption failed" error={redeem.error} />}
        {advance.error && <ApiErrorAlert title="The clock did not move" error={advance.error} />}
        {state.error && (
          <ApiErrorAlert
            title="The demo backend's clock could not be read"
            error={state.error}
            onRetry={() => void state.refetch()}
          />
        )}
      </Stack>
    </Paper>
  );
}
