import type { NeDevice } from '@/api/types';
import { deviceProblem, isFreeDataInterface, pairProblem } from '../eligibility';
import type { AssetOption } from './asset-radio-list';
import type { LocationOption } from './location-select';

function freeCount(device: NeDevice): string {
  const free = device.interfaces.filter(isFreeDataInterface).length;
  return `${free} free data interface${free === 1 ? '' : 's'}`;
}

export function deviceOption(device: NeDevice): AssetOption {
  return {
    value: device.uuid,
    label: device.name,
    details: [
      device.deviceTypeName ?? device.deviceTypeCode,
      device.status,
      freeCount(device),
    ].join(' · '),
    problem: deviceProblem(device),
  };
}

/** HA pairs, listed by their primary: the primary names its partner in `redundantUuid`. */
export function pairOptions(devices: readonly NeDevice[]): AssetOption[] {
  return devices
    .filter((device) => device.redundancyType === 'PRIMARY' && device.redundantUuid)
    .map((primary) => {
      const secondary = devices.find((device) => device.uuid === primary.redundantUuid);
      return {
        value: primary.uuid,
        label: `${primary.name} + ${secondary?.name ?? 'unknown secondary'}`,
        details: [
          primary.deviceTypeName ?? primary.deviceTypeCode,
          `primary ${primary.status}, ${freeCount(primary)}`,
          secondary && `secondary ${secondary.status}, ${freeCount(secondary)}`,
        ]
          .filter(Boolean)
          .join(' · '),
        problem: pairProblem(primary, secondary),
      };
    });
}

export function deviceLocations(devices: readonly NeDevice[]): LocationOption[] {
  const options = new Map<string, LocationOption>();
  for (const device of devices) {
    if (!options.has(device.metroCode)) {
      options.set(device.metroCode, {
        code: device.metroCode,
        name: device.metroName ?? device.metroCode,
      });
    }
  }
  return [...options.values()].sort((a, b) => a.name.localeCompare(b.name));
}
