/**
 * The page's side of a session. In live mode the BFF holds the bearer token and the page holds
 * nothing; in demo mode the in-browser backend still checks for a bearer header, so the page keeps
 * a demo token in memory only (never in storage).
 */
type Listener = () => void;

let bearer: string | undefined;
const expiredListeners = new Set<Listener>();

export const session = {
  bearer: () => bearer,
  setBearer(token: string | undefined) {
    bearer = token;
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
