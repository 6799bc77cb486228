import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while rendering on the build machine and while the browser hydrates that HTML, true from
 * the render after: for the little that the HTML cannot know (the server's mode, the browser's
 * storage). React's own way to render differently on the client without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
