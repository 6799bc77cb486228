import type { Redis } from 'ioredis';
import type { CreateResult, SessionLimits, SessionStore, StoredSession } from './session';

const prefix = 'fabric-portal:';
const sessionKey = (key: string) => `${prefix}session:${key}`;
const allSessions = `${prefix}sessions`;
const addressSessions = (address: string) => `${prefix}address:${address}`;

// Counting and creating in one script: two instances cannot both take the last free place.
// The sorted sets hold each session's expiry, so counting first drops the expired ones.
const countScript = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return 'address' end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 'total' end
return 'room'`;

const createScript = `${countScript.replace("return 'room'", '')}
redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5])
redis.call('ZADD', KEYS[1], ARGV[6], ARGV[7])
redis.call('ZADD', KEYS[2], ARGV[6], ARGV[7])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return 'room'`;

/**
 * Sessions in Redis or Valkey (REDIS_URL), shared by every instance behind a load balancer: a
 * session survives a restart and may use any instance. Redis expires a session itself; the
 * per-address and total sets make the caps hold across instances.
 */
export function redisSessionStore(redis: Redis, limits: SessionLimits): SessionStore {
  const expiry = (session: StoredSession, now: number) =>
    Math.min(now + limits.idleMs, session.createdAt + limits.absoluteMs);

  const outcome = (answer: unknown): CreateResult =>
    answer === 'address' || answer === 'total'
      ? { created: false, full: answer }
      : { created: true };

  return {
    async hasRoom(address, now) {
      const keys = [allSessions, addressSessions(address)];
      return outcome(await redis.eval(countScript, 2, ...keys, now, limits.perAddress, limits.max));
    },
    async create(key, session, now) {
      const expiresAt = expiry(session, now);
      const keys = [allSessions, addressSessions(session.address), sessionKey(key)];
      const answer = await redis.eval(
        createScript,
        3,
        ...keys,
        now,
        limits.perAddress,
        limits.max,
        JSON.stringify(session),
        expiresAt - now,
        expiresAt,
        key,
      );
      return outcome(answer);
    },
    async get(key, now) {
      const stored = await redis.get(sessionKey(key));
      if (!stored) return undefined;
      const session = JSON.parse(stored) as StoredSession;
      const expiresAt = expiry(session, now);
      if (expiresAt <= now) {
        await this.delete(key);
        return undefined;
      }
      await redis
        .multi()
        .pexpire(sessionKey(key), expiresAt - now)
        .zadd(allSessions, 'XX', expiresAt, key)
        .zadd(addressSessions(session.address), 'XX', expiresAt, key)
        .exec();
      return session;
    },
    async update(key, sealed) {
      const stored = await redis.get(sessionKey(key));
      if (!stored) return;
      const session = { ...(JSON.parse(stored) as StoredSession), sealed };
      await redis.set(sessionKey(key), JSON.stringify(session), 'KEEPTTL', 'XX');
    },
    async delete(key) {
      const stored = await redis.get(sessionKey(key));
      const multi = redis.multi().del(sessionKey(key)).zrem(allSessions, key);
      if (stored) multi.zrem(addressSessions((JSON.parse(stored) as StoredSession).address), key);
      await multi.exec();
    },
    async ping() {
      await redis.ping();
    },
    // The connection is the app's (app.ts), shared with the sign-in limit.
    close: async () => undefined,
  };
}
