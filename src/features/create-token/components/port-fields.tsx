import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { usePageProgress } from '@/api/page-progress';
import { metroQueries } from '@/api/queries/metros';
import { portQueries } from '@/api/queries/ports';
import type { Port } from '@/api/types';
import { formatBandwidth } from '@/lib/format';
import { isPortEncapsulation, portBandwidthCap, portProblem } from '../eligibility';
import { portLocations } from '../port-locations';
import { useProjectPorts } from '../use-project-assets';
import type { WizardOutput } from '../wizard-schema';
import type { WizardValues } from '../wizard-values';
import { AssetRadioList, type AssetOption } from './asset-radio-list';
import { LocationSelect } from './location-select';
import { QueryStatus } from './query-status';
import { RemoteConnectionField } from './remote-connection-field';
import { VlanFields } from './vlan-fields';

function portOption(port: Port): AssetOption {
  const speed = port.physicalPortsSpeed ?? port.bandwidth;
  return {
    value: port.uuid ?? '',
    label: port.name ?? port.uuid ?? 'Unnamed port',
    details: [
      speed !== undefined && `${formatBandwidth(speed)} port`,
      port.encapsulation?.type,
      `${formatBandwidth(port.availableBandwidth ?? port.bandwidth ?? 0)} available`,
      port.state,
    ]
      .filter(Boolean)
      .join(' · '),
    problem: portProblem(port),
  };
}

export function PortFields({ projectId }: { projectId: string }) {
  const { setValue } = useFormContext<WizardValues, unknown, WizardOutput>();
  const [metroCode, portUuid, encapsulation] = useWatch<
    WizardValues,
    ['metroCode', 'portUuid', 'portEncapsulation']
  >({ name: ['metroCode', 'portUuid', 'portEncapsulation'] });
  const ports = useProjectPorts(projectId);
  const metros = useQuery(metroQueries.list({ presence: 'MY_PORTS' }));
  const progress = usePageProgress(portQueries.list().queryKey);

  // The metros only name the locations: without them the codes do.
  if (!ports.data || metros.isPending) {
    return <QueryStatus queries={[ports, metros]} what="ports" progress={progress} />;
  }
  const locations = portLocations(ports.data, metros.data?.data);
  const inMetro = ports.data.filter((port) => port.location?.metroCode === metroCode);

  const choosePort = (uuid: string) => {
    const port = inMetro.find((candidate) => candidate.uuid === uuid);
    const type = port?.encapsulation?.type;
    setValue('portEncapsulation', isPortEncapsulation(type) ? type : '');
    setValue('portBandwidthCap', port ? portBandwidthCap(port) : 0);
  };
  const changeLocation = (code: string) => {
    const stillThere = ports.data.some(
      (port) => port.uuid === portUuid && port.location?.metroCode === code,
    );
    if (!stillThere) {
      setValue('portUuid', '');
      setValue('portEncapsulation', '');
    }
  };

  return (
    <Stack spacing={2}>
      <LocationSelect options={locations} onChange={changeLocation} />
      {metroCode && (
        <AssetRadioList
          name="portUuid"
          legend="Port"
          options={inMetro.map(portOption)}
          emptyText="This project has no port in this location."
          onSelect={choosePort}
        />
      )}
      <RemoteConnectionField />
      {portUuid && encapsulation && (
        <VlanFields portUuid={portUuid} encapsulation={encapsulation} />
      )}
    </Stack>
  );
}
