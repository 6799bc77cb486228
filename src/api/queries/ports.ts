import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { Port, PortSearchRequest } from '../types';

/** The projects that own the user's ports, first seen first: the portal's project choices. */
export const projectsOfPorts = (response: { data?: Port[] }): string[] => [
  ...new Set(
    (response.data ?? []).flatMap((port) =>
      port.project?.projectId ? [port.project.projectId] : [],
    ),
  ),
];

export const portQueries = {
  all: () => ['ports'] as const,
  list: (name?: string) =>
    queryOptions({
      queryKey: [...portQueries.all(), 'list', { name }] as const,
      queryFn: ({ signal }) =>
        unwrap(api.GET('/fabric/v4/ports', { params: { query: name ? { name } : {} }, signal })),
      staleTime: 60_000,
    }),
  search: (request: PortSearchRequest) =>
    queryOptions({
      queryKey: [...portQueries.all(), 'search', request] as const,
      queryFn: ({ signal }) =>
        unwrap(api.POST('/fabric/v4/ports/search', { body: request, signal })),
      staleTime: 60_000,
    }),
  detail: (portId: string) =>
    queryOptions({
      queryKey: [...portQueries.all(), 'detail', portId] as const,
      queryFn: ({ signal }) =>
        unwrap(api.GET('/fabric/v4/ports/{portId}', { params: { path: { portId } }, signal })),
    }),
  /** The VLANs already in use on a port: always fetched fresh, since tokens take them. */
  linkProtocols: (portUuid: string) =>
    queryOptions({
      queryKey: [...portQueries.all(), 'linkProtocols', portUuid] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/ports/{portUuid}/linkProtocols', {
            params: { path: { portUuid } },
            signal,
          }),
        ),
      staleTime: 0,
    }),
};
