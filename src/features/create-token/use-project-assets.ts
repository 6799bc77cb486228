import { useQuery } from '@tanstack/react-query';
import { deviceQueries } from '@/api/queries/devices';
import { networkQueries } from '@/api/queries/networks';
import { portQueries } from '@/api/queries/ports';
import type { NetworkSearchRequest } from '@/api/types';

/** The current project's assets. Only they can carry the project's tokens. */

/** GET /ports has no project filter, so the project's ports are picked out here. */
export function useProjectPorts(projectId: string, enabled = true) {
  return useQuery({
    ...portQueries.list(),
    enabled,
    select: (response) =>
      (response.data ?? []).filter((port) => port.project?.projectId === projectId && port.uuid),
  });
}

/**
 * The Network Edge device list has no project or metro filter either: the project's devices are
 * picked out here (and the metro's, by the caller), from the first 100 devices the API returns.
 */
export function useProjectDevices(projectId: string, enabled = true) {
  return useQuery({
    ...deviceQueries.list({ limit: 100 }),
    enabled,
    select: (response) => response.data.filter((device) => device.projectId === projectId),
  });
}

export function projectNetworksRequest(projectId: string): NetworkSearchRequest {
  return {
    filter: { and: [{ property: '/project/projectId', operator: '=', values: [projectId] }] },
    pagination: { offset: 0, limit: 100 },
  };
}

export function useProjectNetworks(projectId: string, enabled = true) {
  return useQuery({
    ...networkQueries.search(projectNetworksRequest(projectId)),
    enabled,
    select: (response) => response.data ?? [],
  });
}
