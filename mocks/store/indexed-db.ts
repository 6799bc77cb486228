import type { Connection, ServiceToken } from '@/api/types';
import type { DemoPersistence, PersistedChanges, PersistedState } from './persistence';
import type { PersistedMeta } from './settings';

/** A tiny IndexedDB wrapper: one meta record, and the user's tokens and connections by uuid. */
const stores = { meta: 'meta', tokens: 'tokens', connections: 'connections' } as const;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    transaction.onerror = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    db.createObjectStore(stores.meta);
    db.createObjectStore(stores.tokens, { keyPath: 'uuid' });
    db.createObjectStore(stores.connections, { keyPath: 'uuid' });
  };
  return request(opening);
}

const isMeta = (value: unknown): value is PersistedMeta =>
  typeof value === 'object' && value !== null && 'version' in value && value.version === 1;

export function indexedDbPersistence(name = 'fabric-demo-backend'): DemoPersistence {
  let db: Promise<IDBDatabase> | undefined;
  const database = () => (db ??= open(name));
  return {
    async load(): Promise<PersistedState | undefined> {
      const transaction = (await database()).transaction(Object.values(stores), 'readonly');
      const [meta, tokens, connections] = await Promise.all([
        request<unknown>(transaction.objectStore(stores.meta).get('meta')),
        request<ServiceToken[]>(transaction.objectStore(stores.tokens).getAll()),
        request<Connection[]>(transaction.objectStore(stores.connections).getAll()),
      ]);
      return isMeta(meta) ? { meta, tokens, connections } : undefined;
    },
    async save(changes: PersistedChanges): Promise<void> {
      const transaction = (await database()).transaction(Object.values(stores), 'readwrite');
      const tokens = transaction.objectStore(stores.tokens);
      const connections = transaction.objectStore(stores.connections);
      if (changes.replace) {
        tokens.clear();
        connections.clear();
      }
      transaction.objectStore(stores.meta).put(changes.meta, 'meta');
      for (const token of changes.tokens) tokens.put(token);
      for (const connection of changes.connections) connections.put(connection);
      await done(transaction);
    },
  };
}
