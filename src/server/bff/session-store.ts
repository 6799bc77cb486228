import { randomBytes } from 'node:crypto';
import type { BffConfig } from './bff-config';
import { requestAccessToken, type TokenResult } from './token-api';

export type SessionCredentials =
  { kind: 'clientCredentials'; clientId: string; clientSecret: string } | { kind: 'accessToken' };

/** Everything a signed-in page is allowed to use, kept on the server only. */
export interface BffSession {
  apiBaseUrl: string;
  credentials: SessionCredentials;
  accessToken: string;
  /** Unknown for a hand-given access token: the API's 401 is the only word on it. */
  expiresAt: number | undefined;
  lastUsedAt: number;
  minting?: Promise<TokenResult>;
}

/** A token is renewed this long before it expires, so no request leaves with a dying token. */
export const renewBeforeMs = 60_000;
/** An abandoned session is forgotten after this long without a request. */
export const idleTimeoutMs = 12 * 60 * 60 * 1000;

export class SessionStore {
  private readonly sessions = new Map<string, BffSession>();
  private environmentSession: BffSession | undefined;

  constructor(private readonly config: BffConfig) {}

  create(session: Omit<BffSession, 'lastUsedAt'>): string {
    this.forgetIdle();
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, { ...session, lastUsedAt: this.config.now() });
    return id;
  }

  /** The cookie's session, else the one the server's environment signs in. */
  resolve(
    id: string | undefined,
  ): { session: BffSession; source: 'session' | 'environment' } | undefined {
    const own = id ? this.sessions.get(id) : undefined;
    if (own && this.config.now() - own.lastUsedAt < idleTimeoutMs) {
      own.lastUsedAt = this.config.now();
      return { session: own, source: 'session' };
    }
    if (own) this.sessions.delete(id as string);
    const fromEnvironment = this.environment();
    return fromEnvironment ? { session: fromEnvironment, source: 'environment' } : undefined;
  }

  delete(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  private environment(): BffSession | undefined {
    const credentials = this.config.environmentCredentials;
    if (!credentials) return undefined;
    this.environmentSession ??= {
      apiBaseUrl: this.config.defaultApiBaseUrl,
      credentials: { kind: 'clientCredentials', ...credentials },
      accessToken: '',
      expiresAt: 0,
      lastUsedAt: this.config.now(),
    };
    return this.environmentSession;
  }

  private forgetIdle(): void {
    const now = this.config.now();
    for (const [id, session] of this.sessions) {
      if (now - session.lastUsedAt >= idleTimeoutMs) this.sessions.delete(id);
    }
  }

  /** A token good for at least another minute, minted when needed. */
  async freshToken(session: BffSession): Promise<TokenResult> {
    const expiring =
      session.expiresAt !== undefined && session.expiresAt - this.config.now() < renewBeforeMs;
    if (!expiring)
      return { ok: true, accessToken: session.accessToken, expiresAt: session.expiresAt ?? 0 };
    return this.mint(session);
  }

  /**
   * The API refused `rejected`: mint once. Requests that failed with the same token share one
   * mint; a request that failed with an older token simply uses the newer one.
   */
  async renewAfterRejection(
    session: BffSession,
    rejected: string,
  ): Promise<TokenResult | undefined> {
    if (session.credentials.kind !== 'clientCredentials') return undefined;
    if (session.accessToken !== rejected && !session.minting) {
      return { ok: true, accessToken: session.accessToken, expiresAt: session.expiresAt ?? 0 };
    }
    return this.mint(session);
  }

  private mint(session: BffSession): Promise<TokenResult> {
    const { credentials } = session;
    if (credentials.kind !== 'clientCredentials') {
      return Promise.resolve({ ok: true, accessToken: session.accessToken, expiresAt: 0 });
    }
    session.minting ??= requestAccessToken(this.config, session.apiBaseUrl, credentials)
      .then((result) => {
        if (result.ok) {
          session.accessToken = result.accessToken;
          session.expiresAt = result.expiresAt;
        }
        return result;
      })
      .finally(() => {
        session.minting = undefined;
      });
    return session.minting;
  }
}
