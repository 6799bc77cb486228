/**
 * Tells tabs apart about changes: every durable write stamps a new revision in localStorage
 * (shared by all tabs of the origin, read synchronously); a tab whose last seen revision differs
 * reloads the store from IndexedDB before answering its next request.
 */
export interface TabSync {
  /** True when another tab wrote since this tab last looked (and marks the revision as seen). */
  takeForeignChange(): boolean;
  /** Records a write of this tab. */
  stamp(): void;
}

export const noTabSync: TabSync = { takeForeignChange: () => false, stamp: () => undefined };

export function localStorageTabSync(key = 'fabric-demo-backend:revision'): TabSync {
  const read = () => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  let seen = read();
  return {
    takeForeignChange() {
      const current = read();
      if (current === seen) return false;
      seen = current;
      return true;
    },
    stamp() {
      seen = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      try {
        window.localStorage.setItem(key, seen);
      } catch {
        // Storage disabled: other tabs will not notice, this tab still works.
      }
    },
  };
}
