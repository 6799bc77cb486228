import { useQuery } from '@tanstack/react-query';
import { deviceQueries } from '@/api/queries/devices';
import type { NeDevice } from '@/api/types';
import { useProjectDevices, useProjectNetworks, useProjectPorts } from './use-project-assets';
import type { WizardValues } from './wizard-values';

export interface AssetLabels {
  location?: string;
  asset: string;
  tags?: string;
  interfaces?: string;
}

function interfaceLabel(device: NeDevice | undefined, id: string): string {
  const name = device?.interfaces.find((item) => String(item.id) === id)?.name;
  return `Interface ${id}${name ? ` (${name})` : ''}`;
}

function tagLabel(values: WizardValues): string | undefined {
  switch (values.portEncapsulation) {
    case 'DOT1Q':
      return `VLAN ID ${values.vlanTag}`;
    case 'QINQ':
      return `S-tag ${values.vlanSTag}, C-tag ${values.vlanCTag}`;
    case 'UNTAGGED':
      return 'Untagged (the whole port)';
    default:
      return undefined;
  }
}

/** Names for what the user picked, from the queries the pickers already loaded. */
export function useAssetLabels(values: WizardValues, projectId: string): AssetLabels {
  const { assetType } = values;
  const manual = assetType === 'VD' && values.interfaceMode === 'MANUAL';
  const pair = values.deviceMode === 'REDUNDANT';
  const ports = useProjectPorts(projectId, assetType === 'PORT');
  const devices = useProjectDevices(projectId, assetType === 'VD');
  const networks = useProjectNetworks(projectId, assetType === 'NETWORK');
  const primaryDetail = useQuery({
    ...deviceQueries.detail(values.deviceUuid),
    enabled: manual && Boolean(values.deviceUuid),
  });
  const secondaryDetail = useQuery({
    ...deviceQueries.detail(values.secondaryDeviceUuid),
    enabled: manual && pair && Boolean(values.secondaryDeviceUuid),
  });

  if (assetType === 'PORT') {
    const port = ports.data?.find((candidate) => candidate.uuid === values.portUuid);
    return {
      location: port?.location?.metroName ?? values.metroCode,
      asset: port?.name ?? values.portUuid,
      tags: tagLabel(values),
    };
  }
  if (assetType === 'NETWORK') {
    const network = networks.data?.find((candidate) => candidate.uuid === values.networkUuid);
    return { asset: network ? `${network.name} (${network.type})` : values.networkUuid };
  }
  const primary = devices.data?.find((device) => device.uuid === values.deviceUuid);
  const secondary = devices.data?.find((device) => device.uuid === values.secondaryDeviceUuid);
  const primaryName = primary?.name ?? values.deviceUuid;
  const secondaryName = secondary?.name ?? values.secondaryDeviceUuid;
  const interfaces = !manual
    ? `Next available interface${pair ? ' on each device' : ''}`
    : pair
      ? `${interfaceLabel(primaryDetail.data, values.interfaceId)} on ${primaryName}; ${interfaceLabel(secondaryDetail.data, values.secondaryInterfaceId)} on ${secondaryName}`
      : interfaceLabel(primaryDetail.data, values.interfaceId);
  return {
    location: primary?.metroName ?? values.metroCode,
    asset: pair ? `${primaryName} (primary) and ${secondaryName} (secondary)` : primaryName,
    interfaces,
  };
}
