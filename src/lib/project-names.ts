import { queryOptions, useQuery } from '@tanstack/react-query';
import { config } from '@/config/env';
import { demoApi } from './demo-api';

/** projectId → name, for the projects the portal knows a name for. */
export type ProjectNames = Readonly<Record<string, string>>;

/**
 * Project names. The Fabric API the portal uses names projects nowhere (a `Project` is only its
 * `projectId`), so live mode knows none; the demo backend names its own projects.
 */
export const projectQueries = {
  all: () => ['projects'] as const,
  names: () =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'names'] as const,
      queryFn: async (): Promise<ProjectNames> =>
        config.mode === 'demo'
          ? Object.fromEntries((await demoApi.projects()).map((p) => [p.projectId, p.name]))
          : {},
      staleTime: Infinity,
    }),
};

/** The names the portal has (none until they are read). */
export function useProjectNames(): ProjectNames {
  return useQuery(projectQueries.names()).data ?? noNames;
}
const noNames: ProjectNames = {};

/** The project's name, when the portal has one. */
export function useProjectName(projectId: string | undefined): string | undefined {
  const names = useProjectNames();
  return projectId ? names[projectId] : undefined;
}

/** The first eight characters of an id: enough to tell projects apart, short enough for a bar. */
export function shortId(id: string): string {
  return id.length > 9 ? `${id.slice(0, 8)}…` : id;
}
