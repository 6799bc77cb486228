import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  type InventorySearchParams,
  parseInventorySearchParams,
  toInventorySearch,
} from './inventory-search-params';

export type ParamsChange = (current: InventorySearchParams) => InventorySearchParams;

/** The inventory's view state, read from the URL and written back to it (never copied). */
export function useInventoryParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseInventorySearchParams(search), [search]);
  // Two debounced boxes can commit in the same tick, before the URL has re-rendered: each change
  // applies to the latest params written, not to the ones this render saw.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const updateParams = useCallback(
    (change: ParamsChange) => {
      const next = change(latest.current);
      latest.current = next;
      // Synchronous, not a transition: a ticked box must show ticked at once, even while the
      // answers of earlier searches keep re-rendering the page.
      void setSearch(toInventorySearch(next), { flushSync: true });
    },
    [setSearch],
  );
  const setParams = useCallback(
    (next: InventorySearchParams) => updateParams(() => next),
    [updateParams],
  );
  return [params, setParams, updateParams] as const;
}
