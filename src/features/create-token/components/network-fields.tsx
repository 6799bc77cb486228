import Stack from '@mui/material/Stack';
import { useFormContext } from 'react-hook-form';
import { usePageProgress } from '@/api/page-progress';
import { networkQueries } from '@/api/queries/networks';
import type { Network } from '@/api/types';
import { isTokenNetworkType, networkProblem } from '../eligibility';
import { projectNetworksRequest, useProjectNetworks } from '../use-project-assets';
import type { WizardOutput } from '../wizard-schema';
import type { WizardValues } from '../wizard-values';
import { AssetRadioList, type AssetOption } from './asset-radio-list';
import { QueryStatus } from './query-status';
import { RemoteConnectionField } from './remote-connection-field';

const scopeNames: Record<string, string> = {
  LOCAL: 'Local',
  REGIONAL: 'Regional',
  GLOBAL: 'Global',
};

function networkOption(network: Network): AssetOption {
  const where = network.location?.metroName ?? network.location?.region;
  return {
    value: network.uuid,
    label: network.name,
    details: [
      network.type,
      `${scopeNames[network.scope] ?? network.scope}${where ? ` (${where})` : ''}`,
      network.state,
    ].join(' · '),
    problem: networkProblem(network),
  };
}

export function NetworkFields({ projectId }: { projectId: string }) {
  const { setValue } = useFormContext<WizardValues, unknown, WizardOutput>();
  const networks = useProjectNetworks(projectId);
  const progress = usePageProgress(
    networkQueries.search(projectNetworksRequest(projectId)).queryKey,
  );
  if (!networks.data) {
    return <QueryStatus queries={[networks]} what="networks" progress={progress} />;
  }
  const list = networks.data;

  const chooseNetwork = (uuid: string) => {
    const type = list.find((network) => network.uuid === uuid)?.type;
    setValue('networkType', isTokenNetworkType(type) ? type : '');
  };

  return (
    <Stack spacing={2}>
      <AssetRadioList
        name="networkUuid"
        legend="Network"
        options={list.map(networkOption)}
        emptyText="This project has no Fabric network."
        onSelect={chooseNetwork}
      />
      <RemoteConnectionField />
    </Stack>
  );
}
