import { useQuery } from '@tanstack/react-query';
import { deviceQueries } from '@/api/queries/devices';
import type { NeDevice } from '@/api/types';
import type { DeviceMetros } from './describe-token';

export function toDeviceMetros({ data }: { data: NeDevice[] }): DeviceMetros {
  return new Map(data.map((device) => [device.uuid, device.metroCode]));
}

/**
 * Where each Network Edge device sits, from the device list the wizard reads too (a device token
 * names its device but not its metro). Read only when a device token is on screen.
 */
export function useDeviceMetros(enabled: boolean): DeviceMetros | undefined {
  return useQuery({ ...deviceQueries.list(), enabled, select: toDeviceMetros }).data;
}
