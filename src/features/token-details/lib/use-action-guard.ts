import type { ServiceToken } from '@/api/types';
import { lifecycleBlockReason } from '@/lib/tokens/token-state';
import { forbiddenReason, useWritesForbidden } from '@/lib/tokens/write-access';

export interface ActionGuard {
  edit: string | undefined;
  delete: string | undefined;
  resend: string | undefined;
}

/** Why each action is unavailable right now (undefined when it is allowed). */
export function useActionGuard(token: ServiceToken): ActionGuard {
  const forbidden = useWritesForbidden();
  const reason = (action: keyof ActionGuard) =>
    forbidden ? forbiddenReason : lifecycleBlockReason(token, action);
  return { edit: reason('edit'), delete: reason('delete'), resend: reason('resend') };
}
