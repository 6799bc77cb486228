import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { deviceQueries } from '@/api/queries/devices';
import type { NeDeviceInterface } from '@/api/types';
import { interfaceProblem, isFreeDataInterface } from '../eligibility';
import { AssetRadioList, type AssetOption } from './asset-radio-list';
import { QueryStatus } from './query-status';

function interfaceOption(item: NeDeviceInterface): AssetOption {
  return {
    value: String(item.id),
    label: `Interface ${item.id}${item.name ? ` (${item.name})` : ''}`,
    details: [item.type, item.status, item.assignedType].filter(Boolean).join(' · '),
    problem: interfaceProblem(item),
  };
}

interface Props {
  name: 'interfaceId' | 'secondaryInterfaceId';
  deviceUuid: string;
  /** "on sv-csr1000v-01", "on dc-pa-vm-ha-sec (secondary)". */
  legend: string;
}

/** The device's interfaces, read fresh: only AVAILABLE data interfaces can take a token. */
export function InterfacePicker({ name, deviceUuid, legend }: Props) {
  const device = useQuery(deviceQueries.detail(deviceUuid));
  if (!device.data) return <QueryStatus queries={[device]} what="device interfaces" />;
  const interfaces = [...device.data.interfaces].sort((a, b) => a.id - b.id);
  const noneFree = !interfaces.some(isFreeDataInterface);
  return (
    <>
      {noneFree && (
        <Typography role="status">{device.data.name} has no free data interface.</Typography>
      )}
      <AssetRadioList
        name={name}
        legend={legend}
        options={interfaces.map(interfaceOption)}
        emptyText={`${device.data.name} has no interfaces.`}
      />
    </>
  );
}
