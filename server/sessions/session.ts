/** What a signed-in page may use, kept on the server only (docs/decisions/014-production-server.md). */
export type SessionCredentials =
  { kind: 'clientCredentials'; clientId: string; clientSecret: string } | { kind: 'accessToken' };

export interface Session {
  apiBaseUrl: string;
  credentials: SessionCredentials;
  accessToken: string;
  /** Unknown for a hand-given access token: the API's 401 is the only word on it. */
  expiresAt: number | undefined;
}

/** Where a stored session stands: its secrets stay sealed (session-seal.ts) until it is used. */
export interface StoredSession {
  /** The client address that signed in, counted against SESSIONS_PER_ADDRESS. */
  address: string;
  createdAt: number;
  sealed: string;
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
  perAddress: number;
  max: number;
}

export type CreateResult = { created: true } | { created: false; full: 'address' | 'total' };

/**
 * One interface, two stores: memory-store.ts (one process, the default) and redis-store.ts
 * (REDIS_URL, shared by every instance). Keys are already hashed session ids (session-seal.ts).
 * A session unused for `idleMs`, or older than `absoluteMs`, is gone.
 */
export interface SessionStore {
  /** Whether `address` may open another session, before anything is asked of the API. */
  hasRoom(address: string, now: number): Promise<CreateResult>;
  create(key: string, session: StoredSession, now: number): Promise<CreateResult>;
  /** The session, its idle time restarted. */
  get(key: string, now: number): Promise<StoredSession | undefined>;
  /** New secrets for a live session (a renewed token), its lifetime unchanged. */
  update(key: string, sealed: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Throws when the store cannot be reached (`GET /readyz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
