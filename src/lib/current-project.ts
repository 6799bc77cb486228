import { useSyncExternalStore } from 'react';

/**
 * The Fabric project the portal works in. The choice is a preference, not a secret, so it lives
 * in localStorage; every feature reads it through this hook.
 */
const storageKey = 'fabric-portal.projectId';
const listeners = new Set<() => void>();

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

export function setCurrentProject(projectId: string) {
  current = projectId;
  try {
    window.localStorage.setItem(storageKey, projectId);
  } catch {
    // Storage can be full or disabled; the choice then lasts for this page only.
  }
  for (const listener of listeners) listener();
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

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCurrentProjectId(): string | undefined {
  return useSyncExternalStore(subscribe, currentProjectId, () => undefined);
}
