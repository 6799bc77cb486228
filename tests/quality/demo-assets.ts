import { PROJECT_LAB, PROJECT_MAIN } from '@mocks/seed/fixtures';
import type { LinkProtocolEntry, NeDevice, Network, Port } from '@/api/types';
import {
  deviceProblem,
  interfaceProblem,
  isPortEncapsulation,
  isTokenNetworkType,
  networkProblem,
  pairProblem,
  portBandwidthCap,
  portProblem,
} from '@/features/create-token/eligibility';
import { projectNetworksRequest } from '@/features/create-token/use-project-assets';
import type { PortEncapsulation, TokenNetworkType } from '@/features/create-token/basic-schema';
import { getJson, postJson } from './demo-requests';

/**
 * The assets the wizard would offer as selectable, read from the demo backend and judged by the
 * wizard's own eligibility rules: the generators pick only what a user could pick.
 */
export interface PortAsset {
  uuid: string;
  projectId: string;
  metroCode: string;
  encapsulation: PortEncapsulation;
  cap: number;
  /** Tags already held: `"300"` for a VLAN, `"300/30"` for an S/C pair, `"*"` for a whole port. */
  reserved: ReadonlySet<string>;
}

export interface DeviceAsset {
  uuid: string;
  projectId: string;
  metroCode: string;
  freeInterfaces: readonly number[];
  /** The secondary of an HA pair, when this device is a primary whose pair can take tokens. */
  secondary?: { uuid: string; freeInterfaces: readonly number[] };
}

export interface NetworkAsset {
  uuid: string;
  projectId: string;
  type: TokenNetworkType;
}

export interface DemoAssets {
  ports: PortAsset[];
  devices: DeviceAsset[];
  networks: NetworkAsset[];
}

export const demoProjects = [PROJECT_MAIN, PROJECT_LAB] as const;

export const reservationKey = (entry: {
  vlanTag?: number;
  vlanSTag?: number;
  vlanCTag?: number;
}) =>
  entry.vlanSTag !== undefined
    ? `${entry.vlanSTag}/${entry.vlanCTag ?? '*'}`
    : entry.vlanTag !== undefined
      ? String(entry.vlanTag)
      : '*';

async function portAssets(): Promise<PortAsset[]> {
  const { data = [] } = await getJson<{ data?: Port[] }>('/fabric/v4/ports');
  const eligible = data.filter((port) => !portProblem(port));
  return Promise.all(
    eligible.map(async (port) => {
      const uuid = port.uuid ?? '';
      const held = await getJson<{ data?: LinkProtocolEntry[] }>(
        `/fabric/v4/ports/${uuid}/linkProtocols`,
      );
      const encapsulation = port.encapsulation?.type;
      if (!isPortEncapsulation(encapsulation)) throw new Error(`port ${uuid} is not eligible`);
      return {
        uuid,
        projectId: port.project?.projectId ?? '',
        metroCode: port.location?.metroCode ?? '',
        encapsulation,
        cap: portBandwidthCap(port),
        reserved: new Set((held.data ?? []).map(reservationKey)),
      };
    }),
  );
}

const freeInterfaces = (device: NeDevice) =>
  device.interfaces.filter((item) => !interfaceProblem(item)).map((item) => item.id);

async function deviceAssets(): Promise<DeviceAsset[]> {
  const { data } = await getJson<{ data: NeDevice[] }>('/ne/v1/devices?limit=100');
  const byUuid = new Map(data.map((device) => [device.uuid, device]));
  return data
    .filter((device) => !deviceProblem(device) && device.redundancyType !== 'SECONDARY')
    .map((device) => {
      const partner = device.redundantUuid ? byUuid.get(device.redundantUuid) : undefined;
      const pairOk = partner !== undefined && !pairProblem(device, partner);
      return {
        uuid: device.uuid,
        projectId: device.projectId ?? '',
        metroCode: device.metroCode,
        freeInterfaces: freeInterfaces(device),
        ...(pairOk && {
          secondary: { uuid: partner.uuid, freeInterfaces: freeInterfaces(partner) },
        }),
      };
    });
}

async function networkAssets(): Promise<NetworkAsset[]> {
  const perProject = await Promise.all(
    demoProjects.map(async (projectId) => {
      const { data = [] } = await postJson<{ data?: Network[] }>(
        '/fabric/v4/networks/search',
        projectNetworksRequest(projectId),
      );
      return data.flatMap((network): NetworkAsset[] =>
        !networkProblem(network) && isTokenNetworkType(network.type) && network.uuid
          ? [{ uuid: network.uuid, projectId, type: network.type }]
          : [],
      );
    }),
  );
  return perProject.flat();
}

export async function loadDemoAssets(): Promise<DemoAssets> {
  const [ports, devices, networks] = await Promise.all([
    portAssets(),
    deviceAssets(),
    networkAssets(),
  ]);
  return { ports, devices, networks };
}
