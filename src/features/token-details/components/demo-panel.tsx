import Science from '@mui/icons-material/Science';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCreateConnection } from '@/api/mutations/connections';
import { deviceQueries } from '@/api/queries/devices';
import { portQueries } from '@/api/queries/ports';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import type { ServiceToken } from '@/api/types';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { demoApi } from '@/lib/demo-api';
import { tokenMetro, tokenSelector } from '@/lib/tokens/describe-token';
import { lifecycleBlockReason } from '@/lib/tokens/token-state';
import { freeLinkProtocol, pickRedemptionPort, redemptionRequest } from '../lib/redemption-request';
import { DetailsSection } from './details-section';
import { GuardedButton } from './guarded-button';

const hourMs = 3_600_000;

interface Props {
  token: ServiceToken & { uuid: string };
  onNotice: (message: string) => void;
}

/**
 * Demo mode only: plays the recipient (redeems the token through the real connection API) and
 * moves the demo backend's clock, so the token's other states can be seen without waiting.
 */
export function DemoPanel({ token, onNotice }: Props) {
  const queryClient = useQueryClient();
  const createConnection = useCreateConnection();

  const redeem = useMutation({
    mutationFn: async () => {
      const selector = tokenSelector(token);
      const deviceUuid = selector?.virtualDevice?.uuid;
      const metro =
        tokenMetro(token) ??
        (deviceUuid
          ? (await queryClient.fetchQuery(deviceQueries.detail(deviceUuid))).metroCode
          : undefined);
      const ports = (await queryClient.fetchQuery(portQueries.list())).data ?? [];
      const port = pickRedemptionPort(token, ports, metro);
      if (!port?.uuid)
        throw new Error('The demo has no other active port to redeem this token from.');
      const used = (await queryClient.fetchQuery(portQueries.linkProtocols(port.uuid))).data ?? [];
      const recipient = token.notifications?.[0]?.emails?.[0] ?? 'recipient@example.com';
      return createConnection.mutateAsync(
        redemptionRequest(token, port, freeLinkProtocol(port, used), recipient),
      );
    },
    onSuccess: (connection) => onNotice(`Redeemed by connection ${connection.name}`),
  });

  const advance = useMutation({
    mutationFn: async () => {
      const state = await demoApi.state();
      const expires = new Date(token.expirationDateTime ?? state.now).getTime();
      const hours = Math.max(1, Math.ceil((expires - new Date(state.now).getTime()) / hourMs) + 1);
      await demoApi.advanceClock({ advanceHours: hours });
      await queryClient.invalidateQueries({ queryKey: serviceTokenQueries.all() });
      return hours;
    },
    onSuccess: (hours) => onNotice(`The demo clock moved ${hours} hours ahead`),
  });

  const blocked = lifecycleBlockReason(token, 'edit')?.replace(
    'can be edited',
    'can be redeemed or expire',
  );
  return (
    <DetailsSection title="Demo">
      <Alert severity="info" icon={<Science />} sx={{ mb: 2 }}>
        Demo mode: these controls act on the demo backend only.
      </Alert>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <GuardedButton
          variant="outlined"
          blockedReason={blocked}
          disabled={redeem.isPending}
          onClick={() => redeem.mutate()}
        >
          {redeem.isPending ? 'Redeeming…' : 'Simulate redemption'}
        </GuardedButton>
        <GuardedButton
          variant="outlined"
          blockedReason={blocked}
          disabled={advance.isPending}
          onClick={() => advance.mutate()}
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
      </Stack>
    </DetailsSection>
  );
}
