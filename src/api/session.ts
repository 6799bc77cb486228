/**
 * The page's side of a session. In live mode the BFF holds the bearer token and the page holds
 * nothing; in demo mode the in-browser backend still checks for a bearer header, so the page keeps
 * a demo token in memory only (never in storage).
 */
type Listener = () => void;

let bearer: string | undefined;
let ready: Promise<void> = Promise.resolve();
const expiredListeners = new Set<Listener>();

export const session = {
  bearer: () => bearer,
  setBearer(token: string | undefined) {
    bearer = token;
  },
  /** Settles once the API can be asked: at once in live mode, when the demo backend is up in demo. */
  whenReady: () => ready,
  /**
   * Holds every request until `start` settles, so the page can paint before the in-page demo
   * backend has started. A failed start fails the requests, which then say so on the page.
   */
  waitFor(start: Promise<unknown>) {
    ready = start.then(() => undefined);
  },
  /** Called when the API still answers 401: the user has to sign in again. */
  expire() {
    for (const listener of expiredListeners) listener();
  },
  onExpired(listener: Listener): () => void {
    expiredListeners.add(listener);
    return () => expiredListeners.delete(listener);
  },
};
