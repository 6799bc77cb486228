import { useSyncExternalStore } from 'react';

/**
 * A value that lives outside React (in storage, a module, the clock) and that components read
 * with `useExternalStore`. `notify` tells every reader to read again; `start` runs while anyone
 * reads (a timer, say) and returns how to stop.
 */
export interface ExternalStore<T> {
  read: () => T;
  subscribe: (listener: () => void) => () => void;
  notify: () => void;
}

export function externalStore<T>(
  read: () => T,
  start?: (notify: () => void) => () => void,
): ExternalStore<T> {
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    read,
    notify,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && start) stop = start(notify);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
  };
}

/** The store's value, re-read whenever it notifies; `serverValue` while rendering on a server. */
export function useExternalStore<T>(store: ExternalStore<T>, serverValue: T = store.read()): T {
  return useSyncExternalStore(store.subscribe, store.read, () => serverValue);
}
