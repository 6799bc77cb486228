import type { NeDevice, NeDeviceInterface, Network, Port } from '@/api/types';
import { bandwidthMenu, deviceTokenBandwidthCap, portTokenBandwidthCap } from '@/lib/token-rules';
import {
  portEncapsulations,
  tokenNetworkTypes,
  type AssetType,
  type PortEncapsulation,
  type TokenNetworkType,
} from './basic-schema';

/**
 * What can carry a token, and why not when it cannot: the pickers show ineligible assets disabled
 * with the returned reason instead of hiding them.
 */
export const networkTokenBandwidthCap = 50_000;
const smallestSpeed = bandwidthMenu[0];

const encapsulations: readonly string[] = portEncapsulations;
const networkTypes: readonly string[] = tokenNetworkTypes;

export function isPortEncapsulation(value: string | undefined): value is PortEncapsulation {
  return value !== undefined && encapsulations.includes(value);
}

export function isTokenNetworkType(value: string | undefined): value is TokenNetworkType {
  return value !== undefined && networkTypes.includes(value);
}

/** A port token can offer up to what the port has left, and never more than 50 Gbps. */
export function portBandwidthCap(port: Port): number {
  const available = port.availableBandwidth ?? port.bandwidth ?? 0;
  return Math.min(available, portTokenBandwidthCap);
}

export function bandwidthCapFor(assetType: AssetType, portCap: number): number {
  if (assetType === 'PORT') return Math.min(portCap, portTokenBandwidthCap);
  if (assetType === 'VD') return deviceTokenBandwidthCap;
  return networkTokenBandwidthCap;
}

export function portProblem(port: Port): string | undefined {
  if (port.state !== 'ACTIVE') return `Port is ${port.state ?? 'in an unknown state'}`;
  if (!isPortEncapsulation(port.encapsulation?.type)) return 'Port encapsulation is not supported';
  if (portBandwidthCap(port) < smallestSpeed) return 'No bandwidth available';
  return undefined;
}

export function isFreeDataInterface(item: NeDeviceInterface): boolean {
  return item.type === 'DATA' && item.status === 'AVAILABLE';
}

export function deviceProblem(device: NeDevice): string | undefined {
  if (device.status !== 'PROVISIONED') return `Device is ${device.status}`;
  if (!device.interfaces.some(isFreeDataInterface)) return 'No free data interface';
  return undefined;
}

/** Both devices of an HA pair must be able to take a token. */
export function pairProblem(
  primary: NeDevice,
  secondary: NeDevice | undefined,
): string | undefined {
  if (!secondary) return 'The secondary device is not available';
  const first = deviceProblem(primary);
  if (first) return `Primary: ${first}`;
  const second = deviceProblem(secondary);
  if (second) return `Secondary: ${second}`;
  return undefined;
}

const interfaceTypeNames: Record<string, string> = {
  MGMT: 'Management interface',
  SSH: 'SSH interface',
};

export function interfaceProblem(item: NeDeviceInterface): string | undefined {
  if (item.type !== 'DATA') return interfaceTypeNames[item.type] ?? `${item.type} interface`;
  if (item.status !== 'AVAILABLE') return item.status ?? 'Unavailable';
  return undefined;
}

export function networkProblem(network: Network): string | undefined {
  if (network.state !== 'ACTIVE') return `Network is ${network.state}`;
  if (!isTokenNetworkType(network.type)) return `${network.type} networks cannot take a token`;
  return undefined;
}
