import { type ComponentType, lazy } from 'react';

export interface Preloadable<T> {
  /** Starts the download, or returns the one under way; a failed one is tried again next time. */
  preload(): Promise<T>;
  /** The module once it has arrived, for code that must read it synchronously. */
  loaded(): T | undefined;
}

/** Code loaded on first use (or ahead of it), downloaded once however often it is asked for. */
export function preloadable<T>(load: () => Promise<T>): Preloadable<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    preload: () =>
      (loading ??= load().then(
        (module) => (loaded = module),
        (error: unknown) => {
          // Offline, or a deploy in between: the next call downloads again.
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => loaded,
  };
}

/**
 * A `React.lazy` component over a preloadable module. Once the code is there it renders without
 * suspending: React would otherwise show the Suspense fallback for a moment and then hold the
 * content back (it reveals suspended content in throttled batches).
 */
export function lazyComponent<T, P extends object>(
  source: Preloadable<T>,
  pick: (module: T) => ComponentType<P>,
): ComponentType<P> {
  return lazy(() => {
    const module = source.loaded();
    if (module === undefined) return source.preload().then((m) => ({ default: pick(m) }));
    // React reads a thenable that answers synchronously without suspending.
    const settled = { default: pick(module) };
    return { then: (fulfil: (value: typeof settled) => void) => fulfil(settled) } as Promise<
      typeof settled
    >;
  });
}
