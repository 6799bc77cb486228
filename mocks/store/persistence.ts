import type { Connection, ServiceToken } from '@/api/types';
import type { PersistedMeta } from './settings';

/** What survives a reload: the seed's parameters and everything the user changed. */
export interface PersistedState {
  meta: PersistedMeta;
  tokens: ServiceToken[];
  connections: Connection[];
}

export interface PersistedChanges {
  meta: PersistedMeta;
  tokens: ServiceToken[];
  connections: Connection[];
  /** Drop every stored token and connection first (reset, new seed). */
  replace: boolean;
}

export interface DemoPersistence {
  load(): Promise<PersistedState | undefined>;
  /** Resolves once the change is durable. */
  save(changes: PersistedChanges): Promise<void>;
}

/** Node and tests: nothing outlives the process. */
export function memoryPersistence(): DemoPersistence {
  let state: PersistedState | undefined;
  return {
    load: () => Promise.resolve(state && structuredClone(state)),
    save(changes) {
      const tokens = new Map(changes.replace ? [] : (state?.tokens ?? []).map((t) => [t.uuid, t]));
      const connections = new Map(
        changes.replace ? [] : (state?.connections ?? []).map((c) => [c.uuid, c]),
      );
      for (const token of changes.tokens) tokens.set(token.uuid, structuredClone(token));
      for (const connection of changes.connections) {
        connections.set(connection.uuid, structuredClone(connection));
      }
      state = {
        meta: { ...changes.meta },
        tokens: [...tokens.values()],
        connections: [...connections.values()],
      };
      return Promise.resolve();
    },
  };
}
