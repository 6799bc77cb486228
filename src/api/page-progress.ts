import { hashKey, type QueryKey } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { readAllPages, type Page, type PageProgress } from './paging';

/**
 * How far a list read in several requests has got, by query: the query function reports, the
 * screen that waits for the list shows "200 of 450". Nothing is kept once the list is read.
 */
const progressByQuery = new Map<string, PageProgress>();
const listeners = new Set<() => void>();

export function reportPageProgress(queryKey: QueryKey, progress: PageProgress | undefined) {
  const hash = hashKey(queryKey);
  if (progress) progressByQuery.set(hash, progress);
  else progressByQuery.delete(hash);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** For tests and tools: every report for one query, until the returned function is called. */
export function subscribeToProgress(
  queryKey: QueryKey,
  onReport: (progress: PageProgress | undefined) => void,
): () => void {
  const hash = hashKey(queryKey);
  let last = progressByQuery.get(hash);
  return subscribe(() => {
    const now = progressByQuery.get(hash);
    if (now !== last) onReport(now);
    last = now;
  });
}

export function usePageProgress(queryKey: QueryKey): PageProgress | undefined {
  const hash = hashKey(queryKey);
  const read = useCallback(() => progressByQuery.get(hash), [hash]);
  return useSyncExternalStore(subscribe, read, read);
}

/** A list read page by page for one query, its progress reported while it lasts. */
export async function readAllPagesFor<Answer extends Page>(
  queryKey: QueryKey,
  operation: string,
  fetchPage: (offset: number) => Promise<Answer>,
): Promise<Answer> {
  try {
    return await readAllPages(operation, fetchPage, (progress) =>
      reportPageProgress(queryKey, progress),
    );
  } finally {
    reportPageProgress(queryKey, undefined);
  }
}
