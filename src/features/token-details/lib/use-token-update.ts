import { useUpdateServiceToken } from '@/api/mutations/service-tokens';
import { isApiError } from '@/api/api-error';
import type { ServiceTokenChangeOperation } from '@/api/types';

/**
 * One editor's save: the mutation hook applies the patch optimistically and rolls it back on
 * refusal; this adds what the editor needs (the server's field messages).
 */
export function useTokenUpdate(serviceTokenId: string, onSaved: () => void) {
  const update = useUpdateServiceToken();
  const save = (operations: ServiceTokenChangeOperation[]) => {
    if (operations.length === 0) return;
    update.mutate({ serviceTokenId, operations }, { onSuccess: onSaved });
  };
  const fieldError = (path: string): string | undefined => {
    if (!isApiError(update.error)) return undefined;
    for (const [property, message] of update.error.fieldErrors()) {
      if (property === path || property.startsWith(`${path}/`)) return message;
    }
    return undefined;
  };
  return { save, saving: update.isPending, error: update.error, fieldError };
}
