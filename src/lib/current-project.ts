import type { QueryClient } from '@tanstack/react-query';
import { portQueries, projectsOfPorts } from '@/api/queries/ports';
import { externalStore, useExternalStore } from './external-store';

/**
 * The Fabric project the portal works in. The choice is a preference, not a secret, so it lives
 * in localStorage; every feature reads it through this hook.
 */
const storageKey = 'fabric-portal.projectId';

function read(): string | undefined {
  try {
    return window.localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

let current: string | undefined = typeof window === 'undefined' ? undefined : read();

/** The project outside React (the same value `useCurrentProjectId` gives). */
export const currentProjectId = () => current;
const project = externalStore(currentProjectId);

export function setCurrentProject(projectId: string) {
  current = projectId;
  try {
    window.localStorage.setItem(storageKey, projectId);
  } catch {
    // Storage can be full or disabled; the choice then lasts for this page only.
  }
  project.notify();
}

/**
 * Keeps the current project among `projects` (the projects of the user's ports): none chosen yet,
 * or one no longer offered, becomes the first. Returns the project then current.
 */
export function settleProject(projects: readonly string[]): string | undefined {
  const first = projects[0];
  if (first && (!current || !projects.includes(current))) setCurrentProject(first);
  return current;
}

export function useCurrentProjectId(): string | undefined {
  return useExternalStore(project, undefined);
}

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
