import { useCallback, useMemo, useState } from 'react';
import type { ServiceToken } from '@/api/types';

/**
 * The tokens picked for a bulk action, across pages. A selection belongs to the filters it was
 * made under: when they change, it is dropped rather than acting on rows no longer shown.
 */
export function useTokenSelection(scope: string) {
  const [selection, setSelection] = useState<{ scope: string; tokens: Map<string, ServiceToken> }>(
    () => ({ scope, tokens: new Map() }),
  );
  const current = selection.scope === scope ? selection.tokens : undefined;

  const toggle = useCallback(
    (tokens: ServiceToken[], selected: boolean) =>
      setSelection((previous) => {
        const next = new Map(previous.scope === scope ? previous.tokens : []);
        for (const token of tokens) {
          if (!token.uuid) continue;
          if (selected) next.set(token.uuid, token);
          else next.delete(token.uuid);
        }
        return { scope, tokens: next };
      }),
    [scope],
  );
  const clear = useCallback(() => setSelection({ scope, tokens: new Map() }), [scope]);

  return useMemo(
    () => ({
      tokens: current ? [...current.values()] : [],
      uuids: new Set(current?.keys() ?? []) as ReadonlySet<string>,
      toggle,
      clear,
    }),
    [current, toggle, clear],
  );
}
