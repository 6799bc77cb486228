import type { Network, Port } from '@/api/types';
import type { Catalog, NeDevice } from '../store/catalog';
import type { TokenSpec } from '../store/token-spec';
import { PORTS, PROJECT_LAB, PROJECT_MAIN } from './fixtures';
import { durations } from './prng';

/** Ports that hold the VLANs of INACTIVE scale tokens: tag 1000 + i / 9 is unique per port. */
export const holdingPorts = [
  PORTS.SV_PRI_01,
  PORTS.SV_SEC_01,
  PORTS.DC_PRI_01,
  PORTS.DC_SEC_01,
  PORTS.NY_PRI_01,
  PORTS.AM_PRI_01,
  PORTS.AM_SEC_01,
  PORTS.LD_PRI_01,
  PORTS.SG_PRI_01,
];
/** The assets scale tokens point at, per project. */
export interface Pools {
  ports: Record<string, readonly Port[]>;
  devices: Record<string, readonly NeDevice[]>;
  networks: Record<string, readonly Network[]>;
  activeNetworks: Record<string, readonly Network[]>;
}

export const pickFrom = <T>(items: readonly T[] | undefined, h: number) =>
  items && items.length > 0 ? items[(h >>> 4) % items.length] : undefined;

export function assetPools(catalog: Catalog): Pools {
  const inProject = <T>(items: readonly T[], project: (item: T) => string | undefined) => ({
    [PROJECT_MAIN]: items.filter((item) => project(item) === PROJECT_MAIN),
    [PROJECT_LAB]: items.filter((item) => project(item) === PROJECT_LAB),
  });
  const active = catalog.networks.filter((network) => network.state === 'ACTIVE');
  return {
    ports: inProject(catalog.ports, (port) => port.project?.projectId),
    devices: inProject(catalog.devices, (device) => device.projectId),
    networks: inProject(catalog.networks, (network) => network.project?.projectId),
    activeNetworks: inProject(active, (network) => network.project?.projectId),
  };
}

/** Young tokens (under 88 days) can still be INACTIVE; older ones are used, expired or deleted. */
export function bulkState(ageMs: number, roll: number): TokenSpec['state'] {
  if (ageMs >= 88 * durations.day) return roll < 30 ? 'ACTIVE' : roll < 70 ? 'EXPIRED' : 'DELETED';
  if (roll < 45 || (roll >= 80 && ageMs < 2 * durations.day)) return 'INACTIVE';
  if (roll < 60) return 'ACTIVE';
  return roll < 80 ? 'DELETED' : 'EXPIRED';
}
