import type { ResolvedSession, Sessions } from '../sessions/sessions';
import { requestAccessToken, type TokenResult } from './token-api';

/** A token is renewed this long before it expires, so no request leaves with a dying token. */
export const renewBeforeMs = 60_000;

export interface Tokens {
  /** A token good for at least another minute, minted when needed. */
  fresh(resolved: ResolvedSession): Promise<TokenResult>;
  /**
   * The API refused `rejected`: mint once, when the session holds credentials to mint with
   * (undefined for a hand-given token). Requests refused together share one mint.
   */
  renewAfterRejection(
    resolved: ResolvedSession,
    rejected: string,
  ): Promise<TokenResult | undefined>;
}

export function createTokens(sessions: Sessions, timeoutMs: number): Tokens {
  // One mint at a time per session in this process; another instance may mint its own.
  const minting = new Map<string, Promise<TokenResult>>();
  const mintKey = (resolved: ResolvedSession) =>
    resolved.source === 'session' ? resolved.id : 'environment';

  function mint(resolved: ResolvedSession): Promise<TokenResult> {
    const { session } = resolved;
    const { credentials } = session;
    if (credentials.kind !== 'clientCredentials') {
      return Promise.resolve({ ok: true, accessToken: session.accessToken, expiresAt: 0 });
    }
    const key = mintKey(resolved);
    const running = minting.get(key);
    if (running) return running;
    const next = requestAccessToken(timeoutMs, session.apiBaseUrl, credentials)
      .then(async (result) => {
        if (result.ok) {
          session.accessToken = result.accessToken;
          session.expiresAt = result.expiresAt;
          await sessions.save(resolved);
        }
        return result;
      })
      .finally(() => minting.delete(key));
    minting.set(key, next);
    return next;
  }

  return {
    async fresh(resolved) {
      const { session } = resolved;
      const expiring =
        session.expiresAt !== undefined && session.expiresAt - Date.now() < renewBeforeMs;
      if (!expiring) {
        return { ok: true, accessToken: session.accessToken, expiresAt: session.expiresAt ?? 0 };
      }
      return mint(resolved);
    },
    async renewAfterRejection(resolved, rejected) {
      if (resolved.session.credentials.kind !== 'clientCredentials') return undefined;
      // Another request (here or on another instance) may have renewed it since this one left.
      const latest = (await sessions.reload(resolved)) ?? resolved;
      const running = minting.get(mintKey(resolved));
      if (running) return running;
      const { session } = latest;
      if (session.accessToken !== rejected) {
        return { ok: true, accessToken: session.accessToken, expiresAt: session.expiresAt ?? 0 };
      }
      return mint(latest);
    },
  };
}
