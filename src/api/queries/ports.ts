import { queryOptions } from '@tanstack/react-query';
import { assetListOptions } from '../asset-lists';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import { readAllPagesFor } from '../page-progress';
import type { Port, PortSearchRequest } from '../types';

/** The projects that own the user's ports, first seen first: the portal's project choices. */
export const projectsOfPorts = (response: { data?: Port[] }): string[] => [
  ...new Set(
    (response.data ?? []).flatMap((port) =>
      port.project?.projectId ? [port.project.projectId] : [],
    ),
  ),
];

/**
 * `GET /ports` documents no paging parameters, yet answers with `pagination`: the first request
 * asks for everything, and only when the answer says there is more does the next one ask from
 * the offset its `next` link names.
 */
function portsQuery(name: string | undefined, offset: number): Record<string, string> {
  return { ...(name ? { name } : {}), ...(offset > 0 ? { offset: String(offset) } : {}) };
}

export const portQueries = {
  all: () => ['ports'] as const,
  list: (name?: string) =>
    queryOptions({
      queryKey: [...portQueries.all(), 'list', { name }] as const,
      queryFn: ({ signal, queryKey }) =>
        readAllPagesFor(queryKey, answers.listPorts.operation, (offset) =>
          unwrap(
            api.GET('/fabric/v4/ports', { params: { query: portsQuery(name, offset) }, signal }),
            answers.listPorts,
          ),
        ),
      ...assetListOptions,
    }),
  search: (request: PortSearchRequest) =>
    queryOptions({
      queryKey: [...portQueries.all(), 'search', request] as const,
      queryFn: ({ signal, queryKey }) =>
        readAllPagesFor(queryKey, answers.searchPorts.operation, (offset) =>
          unwrap(
            api.POST('/fabric/v4/ports/search', {
              body: { ...request, pagination: { offset, limit: 100 } },
              signal,
            }),
            answers.searchPorts,
          ),
        ),
      ...assetListOptions,
    }),
  detail: (portId: string) =>
    queryOptions({
      queryKey: [...portQueries.all(), 'detail', portId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/fabric/v4/ports/{portId}', { params: { path: { portId } }, signal }),
          answers.readPort,
        ),
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
          answers.listLinkProtocols,
        ),
      staleTime: 0,
    }),
};
