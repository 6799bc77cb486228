import { externalStore, useExternalStore } from '@/lib/external-store';
import { isApiError } from '@/api/api-error';

/**
 * The portal cannot ask the API which role the user has; it learns it when a write answers 403
 * (DOMAIN.md section 0, roles). From then on, write actions stay disabled with this reason
 * instead of inviting clicks the server will refuse. A reload starts over (the role may change).
 */
export const forbiddenReason =
  'Your role does not allow changing service tokens (the server answered 403).';

let forbidden = false;
const writesForbidden = externalStore(() => forbidden);

/** The query client's mutation cache calls this with every failed write (the app's query client). */
export function noteWriteError(error: unknown) {
  if (!isApiError(error) || error.status !== 403 || forbidden) return;
  forbidden = true;
  writesForbidden.notify();
}

export function useWritesForbidden(): boolean {
  return useExternalStore(writesForbidden, false);
}
