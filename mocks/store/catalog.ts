import type { components } from '@/api/schema.gen';
import type { Metro, Network, Port } from '@/api/types';
import { seedDevices } from '../seed/devices';
import { seedMetros } from '../seed/metros';
import { seedNetworks } from '../seed/networks';
import { seedPorts } from '../seed/ports';

export type NeDevice = components['schemas']['NeDevice'];
export type NeDeviceInterface = components['schemas']['NeDeviceInterface'];

/** The assets tokens point at. They come from the seed and do not change with user actions. */
export interface Catalog {
  readonly metros: readonly Metro[];
  readonly ports: readonly Port[];
  readonly devices: readonly NeDevice[];
  readonly networks: readonly Network[];
  readonly metroByCode: ReadonlyMap<string, Metro>;
  readonly portByUuid: ReadonlyMap<string, Port>;
  readonly deviceByUuid: ReadonlyMap<string, NeDevice>;
  readonly networkByUuid: ReadonlyMap<string, Network>;
}

const byKey = <T, K>(items: readonly T[], key: (item: T) => K | undefined) =>
  new Map(
    items.flatMap((item) => {
      const k = key(item);
      return k === undefined ? [] : [[k, item] as const];
    }),
  );

export function createCatalog(seededAt: number): Catalog {
  const metros = seedMetros();
  const ports = seedPorts(seededAt);
  const devices = seedDevices();
  const networks = seedNetworks(seededAt);
  return {
    metros,
    ports,
    devices,
    networks,
    metroByCode: byKey(metros, (metro) => metro.code),
    portByUuid: byKey(ports, (port) => port.uuid),
    deviceByUuid: byKey(devices, (device) => device.uuid),
    networkByUuid: byKey(networks, (network) => network.uuid),
  };
}
