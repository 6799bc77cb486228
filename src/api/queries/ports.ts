import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { currentProjectId, settleProject } from '@/lib/current-project';
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

/**
 * Before a page's first render (a route's `prefetch`): asks for the ports, which name the
 * projects, and settles the project as the project switcher would. The page then renders for
 * that project at once, instead of rendering without one and again when it is chosen.
 */
export async function prefetchProject(queryClient: QueryClient): Promise<string | undefined> {
  await queryClient.prefetchQuery(portQueries.list());
  const ports = queryClient.getQueryData(portQueries.list().queryKey);
  return ports ? settleProject(projectsOfPorts(ports)) : currentProjectId();
}
