import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CreateResult, Session, SessionStore } from './session';
import { clearSessionCookie, readSessionId, setSessionCookie } from './session-cookie';
import { newSessionId, type SessionSeal, storeKey } from './session-seal';

/** A request's session: its own (by cookie), or the one the server's environment signs in. */
export type ResolvedSession =
  { source: 'session'; id: string; session: Session } | { source: 'environment'; session: Session };

export type Resolution = ResolvedSession | { ambiguous: true } | undefined;

/**
 * Sessions as the BFF routes use them: the cookie (session-cookie.ts), the seal
 * (session-seal.ts) and a store (memory or Redis) put together.
 */
export interface Sessions {
  resolve(request: FastifyRequest): Promise<Resolution>;
  hasRoom(request: FastifyRequest): Promise<CreateResult>;
  /** Stores the session under a new id and sets its cookie; the request's old session ends. */
  start(request: FastifyRequest, reply: FastifyReply, session: Session): Promise<CreateResult>;
  /** Keeps a renewed token. */
  save(resolved: ResolvedSession): Promise<void>;
  /** The session as the store has it now (another request may have renewed its token). */
  reload(resolved: ResolvedSession): Promise<ResolvedSession | undefined>;
  end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

export function createSessions(
  store: SessionStore,
  seal: SessionSeal,
  environmentSession: Session | undefined,
  now: () => number = () => Date.now(),
): Sessions {
  const environment = () =>
    environmentSession
      ? { source: 'environment' as const, session: environmentSession }
      : undefined;

  async function own(id: string): Promise<ResolvedSession | undefined> {
    const stored = await store.get(storeKey(id), now());
    const session = stored && seal.open(id, stored.sealed);
    return session ? { source: 'session', id, session } : undefined;
  }

  async function endOwn(request: FastifyRequest) {
    const reading = readSessionId(request);
    if ('id' in reading && reading.id) await store.delete(storeKey(reading.id));
  }

  return {
    async resolve(request) {
      const reading = readSessionId(request);
      if ('ambiguous' in reading) return reading;
      return (reading.id ? await own(reading.id) : undefined) ?? environment();
    },
    async hasRoom(request) {
      // A browser signing in again replaces its session: it needs no new room.
      const reading = readSessionId(request);
      const replaces =
        'id' in reading && reading.id && (await store.get(storeKey(reading.id), now()));
      return replaces ? { created: true } : store.hasRoom(request.ip, now());
    },
    async start(request, reply, session) {
      // A new sign-in replaces the old session; the old id stops working at once.
      await endOwn(request);
      const id = newSessionId();
      const stored = { address: request.ip, createdAt: now(), sealed: seal.seal(id, session) };
      const result = await store.create(storeKey(id), stored, now());
      if (result.created) setSessionCookie(request, reply, id);
      return result;
    },
    async save(resolved) {
      if (resolved.source === 'session') {
        await store.update(storeKey(resolved.id), seal.seal(resolved.id, resolved.session));
      }
    },
    reload: async (resolved) => (resolved.source === 'session' ? own(resolved.id) : resolved),
    async end(request, reply) {
      await endOwn(request);
      clearSessionCookie(request, reply);
    },
  };
}
