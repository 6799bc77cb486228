import Stack from '@mui/material/Stack';
import { useFormContext, useWatch } from 'react-hook-form';
import { usePageProgress } from '@/api/page-progress';
import { deviceQueries } from '@/api/queries/devices';
import { useProjectDevices } from '../use-project-assets';
import type { WizardOutput } from '../wizard-schema';
import type { WizardValues } from '../wizard-values';
import { AssetRadioList } from './asset-radio-list';
import { ChoiceRadioGroup } from './choice-radio-group';
import { deviceLocations, deviceOption, pairOptions } from './device-options';
import { InterfacePicker } from './interface-picker';
import { LocationSelect } from './location-select';
import { QueryStatus } from './query-status';
import { RemoteConnectionField } from './remote-connection-field';

export function DeviceFields({ projectId }: { projectId: string }) {
  const { setValue } = useFormContext<WizardValues, unknown, WizardOutput>();
  const [metroCode, deviceMode, deviceUuid, secondaryDeviceUuid, interfaceMode] = useWatch<
    WizardValues,
    ['metroCode', 'deviceMode', 'deviceUuid', 'secondaryDeviceUuid', 'interfaceMode']
  >({ name: ['metroCode', 'deviceMode', 'deviceUuid', 'secondaryDeviceUuid', 'interfaceMode'] });
  const devices = useProjectDevices(projectId);
  const progress = usePageProgress(deviceQueries.list().queryKey);
  if (!devices.data) {
    return <QueryStatus queries={[devices]} what="virtual devices" progress={progress} />;
  }

  const inMetro = devices.data.filter((device) => device.metroCode === metroCode);
  const pair = deviceMode === 'REDUNDANT';
  const primaryName = devices.data.find((device) => device.uuid === deviceUuid)?.name;
  const secondaryName = devices.data.find((device) => device.uuid === secondaryDeviceUuid)?.name;

  const clearDevices = () => {
    setValue('deviceUuid', '');
    setValue('secondaryDeviceUuid', '');
    setValue('interfaceId', '');
    setValue('secondaryInterfaceId', '');
  };
  const chooseDevice = (uuid: string) => {
    const chosen = devices.data.find((device) => device.uuid === uuid);
    setValue('secondaryDeviceUuid', pair ? (chosen?.redundantUuid ?? '') : '');
    setValue('interfaceId', '');
    setValue('secondaryInterfaceId', '');
  };

  return (
    <Stack spacing={2}>
      <LocationSelect
        options={deviceLocations(devices.data)}
        onChange={(code) => {
          if (!inMetro.some((device) => device.uuid === deviceUuid && device.metroCode === code)) {
            clearDevices();
          }
        }}
      />
      {metroCode && (
        <>
          <ChoiceRadioGroup
            name="deviceMode"
            legend="Virtual device type"
            choices={[
              { value: 'SINGLE', label: 'Virtual Devices' },
              { value: 'REDUNDANT', label: 'Redundant Devices' },
            ]}
            onChange={clearDevices}
          />
          <AssetRadioList
            name="deviceUuid"
            legend={pair ? 'Redundant devices (primary + secondary)' : 'Virtual device'}
            options={pair ? pairOptions(inMetro) : inMetro.map(deviceOption)}
            emptyText={
              pair
                ? 'This project has no redundant device pair in this location.'
                : 'This project has no virtual device in this location.'
            }
            onSelect={chooseDevice}
          />
        </>
      )}
      <RemoteConnectionField />
      <ChoiceRadioGroup
        name="interfaceMode"
        legend="Interface selection"
        choices={[
          {
            value: 'AUTO',
            label: 'Automatically select the next available interface on my device(s)',
          },
          { value: 'MANUAL', label: 'I will select an interface on my device' },
        ]}
      />
      {interfaceMode === 'MANUAL' && deviceUuid && (
        <InterfacePicker
          name="interfaceId"
          deviceUuid={deviceUuid}
          legend={`Interface on ${primaryName ?? 'the device'}${pair ? ' (primary)' : ''}`}
        />
      )}
      {interfaceMode === 'MANUAL' && pair && secondaryDeviceUuid && (
        <InterfacePicker
          name="secondaryInterfaceId"
          deviceUuid={secondaryDeviceUuid}
          legend={`Interface on ${secondaryName ?? 'the secondary device'} (secondary)`}
        />
      )}
    </Stack>
  );
}
