import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Session } from './session';

/**
 * Sessions are stored sealed with AES-256-GCM under a key derived from SESSION_SECRET, with the
 * session id as additional data: the store (a Redis dump, a memory snapshot) holds neither a
 * usable secret nor a usable id, and a sealed value moved to another key does not open.
 */
export interface SessionSeal {
  seal(id: string, session: Session): string;
  open(id: string, sealed: string): Session | undefined;
}

const ivBytes = 12;
const tagBytes = 16;

export function sessionSeal(secret: string): SessionSeal {
  const key = Buffer.from(hkdfSync('sha256', secret, 'fabric-portal', 'session-seal v1', 32));
  return {
    seal(id, session) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(id));
      const text = Buffer.concat([cipher.update(JSON.stringify(session)), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64url');
    },
    open(id, sealed) {
      const bytes = Buffer.from(sealed, 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, ivBytes))
          .setAAD(Buffer.from(id))
          .setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
        const text = Buffer.concat([
          decipher.update(bytes.subarray(ivBytes + tagBytes)),
          decipher.final(),
        ]);
        return JSON.parse(text.toString('utf8')) as Session;
      } catch {
        // Another SESSION_SECRET sealed it, or it was altered: no session.
        return undefined;
      }
    },
  };
}

/** A new session id: 256 random bits, the cookie's value. */
export const newSessionId = () => randomBytes(32).toString('base64url');

/** The store's key for an id: whoever reads the store cannot present its keys as cookies. */
export const storeKey = (id: string) => createHash('sha256').update(id).digest('base64url');
