import { useSyncExternalStore } from 'react';
import { isApiError } from '@/api/api-error';

/**
 * The portal cannot ask the API which role the user has; it learns it when a write answers 403
 * (DOMAIN.md section 0, roles). From then on, write actions stay disabled with this reason
 * instead of inviting clicks the server will refuse. A reload starts over (the role may change).
 */
export const forbiddenReason =
  'Your role does not allow changing service tokens (the server answered 403).';

let forbidden = false;
const listeners = new Set<() => void>();

/** Call with any mutation error: a 403 marks writes as forbidden for this session. */
export function noteWriteError(error: unknown) {
  if (!isApiError(error) || error.status !== 403 || forbidden) return;
  forbidden = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWritesForbidden(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => forbidden,
    () => false,
  );
}
