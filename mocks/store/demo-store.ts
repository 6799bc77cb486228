import type { Connection, ServiceToken } from '@/api/types';
import type { BulkSeed } from '../seed/bulk-tokens';
import type { Catalog } from './catalog';
import type { ConnectionTable } from './connection-table';
import { memoryPersistence, type DemoPersistence, type PersistedState } from './persistence';
import type { DemoSeedSize, FailNext } from '../controls';
import { defaultSettings, type DemoSettings, type PersistedMeta } from './settings';
import { noTabSync, type TabSync } from './tab-sync';
import { seedTables, type SeedTables } from './seed-tables';
import { buildToken, tokenAsset } from './token-factory';
import type { TokenAsset } from './token-spec';
import { rowFromToken, syncRow, type TokenRow, type TokenTable } from './token-table';
import { WriteJournal } from './write-journal';

const freshMeta = (
  seedSize: DemoSeedSize,
  now: number,
  settings = defaultSettings,
): PersistedMeta => ({
  version: 1,
  seedSize,
  seededAt: now,
  clockOffsetMs: 0,
  settings: { ...settings },
});

/**
 * The demo backend's one typed store: the seed (regenerated from its size and date), the user's
 * changes on top, the clock, and the demo settings. Handlers read and change it; the wrapper
 * persists what changed before the response leaves.
 */
export class DemoStore {
  meta: PersistedMeta;
  sessionExpired = false;
  failNext: FailNext | undefined;
  /**
   * The seed's tables, built on first use: the browser loads or resets the store before anything
   * reads it, so the default seed the constructor describes is never built there for nothing.
   */
  private tables: SeedTables | undefined;
  private userTokens = new Set<string>();
  private userConnections = new Set<string>();
  private readonly journal = new WriteJournal();

  constructor(
    private persistence: DemoPersistence = memoryPersistence(),
    private tabSync: TabSync = noTabSync,
    private readonly realNow: () => number = () => Date.now(),
  ) {
    this.meta = freshMeta('standard', realNow());
  }

  get catalog(): Catalog {
    return this.seeded().catalog;
  }

  get tokens(): TokenTable {
    return this.seeded().tokens;
  }

  get connections(): ConnectionTable {
    return this.seeded().connections;
  }

  private get bulk(): BulkSeed | undefined {
    return this.seeded().bulk;
  }

  private seeded(): SeedTables {
    return this.tables ?? this.rebuild();
  }

  /** Browser: persist in IndexedDB and follow other tabs. */
  configure(persistence: DemoPersistence, tabSync: TabSync): void {
    this.persistence = persistence;
    this.tabSync = tabSync;
  }

  now(): number {
    return this.realNow() + this.meta.clockOffsetMs;
  }

  get settings(): DemoSettings {
    return this.meta.settings;
  }

  /** Loads what was persisted, or starts a fresh standard seed. */
  async load(): Promise<void> {
    const state = await this.persistence.load();
    if (state) this.restore(state);
    else {
      this.meta = freshMeta(this.meta.seedSize, this.realNow(), this.meta.settings);
      this.rebuild();
      this.journal.replaceAll();
    }
  }

  /** The persisted meta record, without applying anything (to skip a rebuild before a reset). */
  async storedMeta(): Promise<PersistedMeta | undefined> {
    return (await this.persistence.load())?.meta;
  }

  /** Back to the seed of the given size at the real "now"; user changes are dropped. */
  reset(options: { seedSize?: DemoSeedSize; keepSettings?: boolean } = {}): void {
    const settings = options.keepSettings ? this.meta.settings : defaultSettings;
    this.meta = freshMeta(options.seedSize ?? this.meta.seedSize, this.realNow(), settings);
    this.sessionExpired = false;
    this.failNext = undefined;
    this.rebuild();
    this.journal.replaceAll();
  }

  advanceClock(ms: number): void {
    this.meta.clockOffsetMs += ms;
    this.journal.meta();
    this.expireDue();
  }

  updateSettings(settings: Partial<DemoSettings>): void {
    this.meta.settings = { ...this.meta.settings, ...settings };
    this.journal.meta();
  }

  /** Before each request: pick up other tabs' writes, then let the clock expire tokens. */
  async prepare(): Promise<void> {
    if (this.tabSync.takeForeignChange()) {
      const state = await this.persistence.load();
      if (state) this.restore(state);
    }
    this.expireDue();
  }

  /** Makes every pending change durable (awaited before a response leaves). */
  flush(): Promise<void> {
    return this.journal.flush(async (pending) => {
      const tokens = [...pending.tokens].flatMap((uuid) => {
        const row = this.tokens.find(uuid);
        return row ? [this.token(row)] : [];
      });
      const connections = [...pending.connections].flatMap(
        (uuid) => this.connections.byUuid.get(uuid) ?? [],
      );
      await this.persistence.save({
        meta: this.meta,
        tokens,
        connections,
        replace: pending.replace,
      });
      this.tabSync.stamp();
    });
  }

  /** The full token of a row (scale-seed rows are materialised on first read). */
  token(row: TokenRow): ServiceToken {
    if (!row.token) {
      if (!this.bulk || row.bulkIndex < 0) throw new Error(`token ${row.uuid} has no data`);
      row.token = buildToken(this.bulk.spec(row.bulkIndex), this.catalog);
    }
    return row.token;
  }

  /** What a token holds or points at, without building a scale-seed token. */
  assetOf(row: TokenRow): TokenAsset | undefined {
    if (!row.token && this.bulk && row.bulkIndex >= 0) return this.bulk.spec(row.bulkIndex).asset;
    return tokenAsset(this.token(row));
  }

  /** Adds a token the user created. */
  addToken(token: ServiceToken): TokenRow {
    const row = rowFromToken(token);
    this.tokens.insert(row);
    this.touch(row);
    return row;
  }

  /** Changes a token in place and records it as the user's. */
  changeToken(row: TokenRow, change: (token: ServiceToken) => void): ServiceToken {
    const token = this.token(row);
    change(token);
    syncRow(row);
    this.tokens.watchExpiry(row);
    this.touch(row);
    return token;
  }

  addConnection(connection: Connection): void {
    this.connections.add(connection);
    if (connection.uuid) {
      this.userConnections.add(connection.uuid);
      this.journal.connection(connection.uuid);
    }
  }

  /** INACTIVE tokens past their date become EXPIRED (their reservations follow from the state). */
  expireDue(): number {
    const due = this.tokens.takeExpired(this.now());
    for (const row of due) {
      const token = this.token(row);
      token.state = 'EXPIRED';
      token.changeLog = { ...token.changeLog, updatedDateTime: token.expirationDateTime };
      syncRow(row);
    }
    return due.length;
  }

  private touch(row: TokenRow): void {
    this.userTokens.add(row.uuid);
    this.journal.token(row.uuid);
  }

  private restore(state: PersistedState): void {
    const sameSeed =
      state.meta.seedSize === this.meta.seedSize && state.meta.seededAt === this.meta.seededAt;
    this.meta = { ...state.meta, settings: { ...defaultSettings, ...state.meta.settings } };
    if (!sameSeed || this.userTokens.size > 0 || this.userConnections.size > 0) this.rebuild();
    for (const token of state.tokens) {
      const existing = token.uuid ? this.tokens.find(token.uuid) : undefined;
      if (existing) {
        existing.token = token;
        syncRow(existing);
        this.tokens.watchExpiry(existing);
      } else this.tokens.insert(rowFromToken(token));
      if (token.uuid) this.userTokens.add(token.uuid);
    }
    for (const connection of state.connections) {
      this.connections.add(connection);
      if (connection.uuid) this.userConnections.add(connection.uuid);
    }
    this.expireDue();
  }

  private rebuild(): SeedTables {
    const tables = seedTables(this.meta.seedSize, this.meta.seededAt);
    this.tables = tables;
    this.userTokens = new Set();
    this.userConnections = new Set();
    this.expireDue();
    return tables;
  }
}
