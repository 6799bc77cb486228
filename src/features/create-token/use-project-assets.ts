import { hashKey, useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { deviceQueries } from '@/api/queries/devices';
import { metroQueries } from '@/api/queries/metros';
import { networkQueries } from '@/api/queries/networks';
import { portQueries } from '@/api/queries/ports';
import type { NetworkSearchRequest } from '@/api/types';

/**
 * The current project's assets. Only they can carry the project's tokens. Each list is read
 * whole, page by page (see api/paging.ts).
 */

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
 * picked out here (and the metro's, by the caller).
 */
export function useProjectDevices(projectId: string, enabled = true) {
  return useQuery({
    ...deviceQueries.list(),
    enabled,
    select: (response) => response.data.filter((device) => device.projectId === projectId),
  });
}

export function projectNetworksRequest(projectId: string): NetworkSearchRequest {
  return {
    filter: { and: [{ property: '/project/projectId', operator: '=', values: [projectId] }] },
  };
}

export function useProjectNetworks(projectId: string, enabled = true) {
  return useQuery({
    ...networkQueries.search(projectNetworksRequest(projectId)),
    enabled,
    select: (response) => response.data ?? [],
  });
}

/** The wizard's Refresh: reads every asset list again (they are otherwise read once per visit). */
export function useRefreshAssets(projectId: string) {
  const queryClient = useQueryClient();
  const fetching = useIsFetching({
    predicate: (query) => assetListKeys(projectId).some((key) => hashKey(key) === query.queryHash),
  });
  const refresh = () =>
    Promise.all(
      assetListKeys(projectId).map((queryKey) =>
        queryClient.invalidateQueries({ queryKey, exact: true }),
      ),
    );
  return { refresh, refreshing: fetching > 0 };
}

function assetListKeys(projectId: string) {
  return [
    portQueries.list().queryKey,
    metroQueries.list({ presence: 'MY_PORTS' }).queryKey,
    deviceQueries.list().queryKey,
    networkQueries.search(projectNetworksRequest(projectId)).queryKey,
  ];
}
