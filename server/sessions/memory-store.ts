import type { CreateResult, SessionLimits, SessionStore, StoredSession } from './session';

interface Entry {
  session: StoredSession;
  expiresAt: number;
}

/**
 * Sessions in this process's memory: the default, for one instance (a restart signs everyone
 * out). The caps bound its memory: at most `max` sessions, `perAddress` of them per client.
 */
export function memorySessionStore(limits: SessionLimits): SessionStore {
  const entries = new Map<string, Entry>();
  const perAddress = new Map<string, number>();

  const expiry = (session: StoredSession, now: number) =>
    Math.min(now + limits.idleMs, session.createdAt + limits.absoluteMs);

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const count = (perAddress.get(entry.session.address) ?? 1) - 1;
    if (count > 0) perAddress.set(entry.session.address, count);
    else perAddress.delete(entry.session.address);
  }

  function sweep(now: number) {
    for (const [key, entry] of entries) if (entry.expiresAt <= now) remove(key);
  }

  // Abandoned sessions go within a minute, whether or not anyone signs in meanwhile.
  const sweeper = setInterval(() => sweep(Date.now()), 60_000);
  sweeper.unref();

  function room(address: string, now: number): CreateResult {
    const full = () =>
      (perAddress.get(address) ?? 0) >= limits.perAddress
        ? ('address' as const)
        : entries.size >= limits.max
          ? ('total' as const)
          : undefined;
    if (full()) sweep(now);
    const stillFull = full();
    return stillFull ? { created: false, full: stillFull } : { created: true };
  }

  return {
    hasRoom: async (address, now) => room(address, now),
    async create(key, session, now) {
      const result = room(session.address, now);
      if (!result.created) return result;
      entries.set(key, { session, expiresAt: expiry(session, now) });
      perAddress.set(session.address, (perAddress.get(session.address) ?? 0) + 1);
      return result;
    },
    async get(key, now) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now) {
        remove(key);
        return undefined;
      }
      entry.expiresAt = expiry(entry.session, now);
      return entry.session;
    },
    async update(key, sealed) {
      const entry = entries.get(key);
      if (entry) entry.session = { ...entry.session, sealed };
    },
    delete: async (key) => remove(key),
    ping: async () => undefined,
    async close() {
      clearInterval(sweeper);
      entries.clear();
      perAddress.clear();
    },
  };
}
