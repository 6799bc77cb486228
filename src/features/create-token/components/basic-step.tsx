import RefreshIcon from '@mui/icons-material/Refresh';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { deviceQueries } from '@/api/queries/devices';
import { networkQueries } from '@/api/queries/networks';
import { projectNetworksRequest, useRefreshAssets } from '../use-project-assets';
import type { WizardOutput } from '../wizard-schema';
import type { AssetType } from '../basic-schema';
import type { WizardValues } from '../wizard-values';
import { ChoiceRadioGroup } from './choice-radio-group';
import { DeviceFields } from './device-fields';
import { NetworkFields } from './network-fields';
import { PortFields } from './port-fields';

const assetChoices: { value: AssetType; label: string }[] = [
  { value: 'PORT', label: 'Port' },
  { value: 'VD', label: 'Virtual Device' },
  { value: 'NETWORK', label: 'Network' },
];

const sideHelp = {
  A: 'Lets a customer create a connection from your port to any destination. You are billed for it.',
  Z: 'Lets a customer connect to your port, virtual device or network. They are billed for it.',
};

/** Step 1: the token's side, the asset type, and the asset itself. */
export function BasicStep({ projectId }: { projectId: string }) {
  const { setValue } = useFormContext<WizardValues, unknown, WizardOutput>();
  const [side, assetType] = useWatch<WizardValues, ['side', 'assetType']>({
    name: ['side', 'assetType'],
  });
  const queryClient = useQueryClient();
  const { refresh, refreshing } = useRefreshAssets(projectId);
  const refreshHelpId = useId();
  useEffect(() => {
    // A Z-side token may be for a device or a network: have both lists ready before they are picked.
    if (side !== 'Z') return;
    void queryClient.prefetchQuery(deviceQueries.list());
    void queryClient.prefetchQuery(networkQueries.search(projectNetworksRequest(projectId)));
  }, [side, projectId, queryClient]);
  return (
    <Stack spacing={3}>
      <Stack spacing={0.5}>
        <ChoiceRadioGroup
          name="side"
          legend="Service token type"
          choices={[
            { value: 'A', label: 'A-side Connection Service Token' },
            { value: 'Z', label: 'Z-side Connection Service Token' },
          ]}
          onChange={(value) => {
            // A-side tokens exist for ports only.
            if (value === 'A') setValue('assetType', 'PORT');
          }}
        />
        <Typography variant="body2" color="text.secondary">
          {sideHelp[side]}
        </Typography>
      </Stack>
      <ChoiceRadioGroup
        name="assetType"
        legend="Asset type"
        choices={side === 'A' ? assetChoices.slice(0, 1) : assetChoices}
      />
      <div>
        <Button
          size="small"
          startIcon={<RefreshIcon />}
          onClick={() => void refresh()}
          disabled={refreshing}
          aria-describedby={refreshHelpId}
        >
          {refreshing ? 'Refreshing…' : 'Refresh the lists'}
        </Button>
        <Typography id={refreshHelpId} variant="body2" color="text.secondary" component="span">
          Locations, ports, devices and networks are read once per visit.
        </Typography>
      </div>
      {assetType === 'PORT' && <PortFields projectId={projectId} />}
      {assetType === 'VD' && <DeviceFields projectId={projectId} />}
      {assetType === 'NETWORK' && <NetworkFields projectId={projectId} />}
    </Stack>
  );
}
