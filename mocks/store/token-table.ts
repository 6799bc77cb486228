import type { ServiceToken, ServiceTokenState } from '@/api/types';
import type { TokenSide } from './token-spec';

/**
 * The compact index entry of one token: what search filters read, kept in sync with the token.
 * Scale-seed tokens exist only as rows until something reads them (`token` is then filled).
 */
export interface TokenRow {
  uuid: string;
  name: string | undefined;
  state: ServiceTokenState;
  type: string;
  projectId: string;
  createdMs: number;
  updatedMs: number;
  expiresMs: number;
  side: TokenSide;
  portUuid: string | undefined;
  deviceUuid: string | undefined;
  /** The full token once materialised. */
  token: ServiceToken | undefined;
  /** Index in the scale seed, or -1. */
  bulkIndex: number;
}

const time = (value: string | undefined) => (value ? Date.parse(value) : 0);

export function tokenSide(token: ServiceToken): TokenSide {
  return token.connection?.aSide ? 'aSide' : 'zSide';
}

export function rowFromToken(token: ServiceToken, bulkIndex = -1): TokenRow {
  const side = tokenSide(token);
  const selector = token.connection?.[side]?.accessPointSelectors?.[0];
  return {
    uuid: token.uuid ?? '',
    name: token.name,
    state: token.state ?? 'INACTIVE',
    type: token.type ?? 'VC_TOKEN',
    projectId: token.project?.projectId ?? '',
    createdMs: time(token.changeLog?.createdDateTime),
    updatedMs: time(token.changeLog?.updatedDateTime),
    expiresMs: time(token.expirationDateTime),
    side,
    portUuid: selector?.port?.uuid,
    deviceUuid: selector?.virtualDevice?.uuid,
    token,
    bulkIndex,
  };
}

/** Copies the searchable fields of a (changed) token back into its row. */
export function syncRow(row: TokenRow): void {
  if (!row.token) return;
  const fresh = rowFromToken(row.token, row.bulkIndex);
  Object.assign(row, fresh);
}

const pushTo = (map: Map<string, TokenRow[]>, key: string | undefined, row: TokenRow) => {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
};

/**
 * INACTIVE rows by the expiry they had when they were watched, soonest first (a binary heap: a
 * scale seed's 30,000-odd available tokens are heaped in linear time, where sorting them held up
 * the demo backend's start). The key is kept with the row, so a row whose expiry was edited since
 * stays where it was filed, and is dropped when it comes up; its new expiry has its own entry.
 */
export class ExpiryQueue {
  private readonly keys: number[] = [];
  private readonly rows: TokenRow[] = [];

  constructor(rows: readonly TokenRow[] = []) {
    for (const row of rows) {
      this.keys.push(row.expiresMs);
      this.rows.push(row);
    }
    for (let index = (this.keys.length >>> 1) - 1; index >= 0; index--) this.down(index);
  }

  get size(): number {
    return this.keys.length;
  }

  add(row: TokenRow): void {
    this.keys.push(row.expiresMs);
    this.rows.push(row);
    this.up(this.keys.length - 1);
  }

  /** Removes and returns the rows filed under an expiry at or before `now`, soonest first. */
  takeUntil(now: number): TokenRow[] {
    const taken: TokenRow[] = [];
    while (this.keys.length > 0 && (this.keys[0] ?? Infinity) <= now) {
      const row = this.rows[0];
      const lastKey = this.keys.pop() ?? 0;
      const lastRow = this.rows.pop();
      if (this.keys.length > 0 && lastRow) {
        this.keys[0] = lastKey;
        this.rows[0] = lastRow;
        this.down(0);
      }
      if (row) taken.push(row);
    }
    return taken;
  }

  private swap(a: number, b: number): void {
    const key = this.keys[a] ?? 0;
    this.keys[a] = this.keys[b] ?? 0;
    this.keys[b] = key;
    const row = this.rows[a];
    const other = this.rows[b];
    if (!row || !other) return;
    this.rows[a] = other;
    this.rows[b] = row;
  }

  private up(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >>> 1;
      if ((this.keys[parent] ?? 0) <= (this.keys[child] ?? 0)) return;
      this.swap(parent, child);
      child = parent;
    }
  }

  private down(index: number): void {
    const size = this.keys.length;
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < size && (this.keys[left] ?? 0) < (this.keys[smallest] ?? 0)) smallest = left;
      if (right < size && (this.keys[right] ?? 0) < (this.keys[smallest] ?? 0)) smallest = right;
      if (smallest === parent) return;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }
}

/** Finds scale-seed rows by uuid without a 100,000-entry map. */
export interface BulkLookup {
  indexOf(uuid: string): number | undefined;
}

/** Tokens by the port and by the virtual device they name. */
interface AssetIndex {
  byPort: Map<string, TokenRow[]>;
  byDevice: Map<string, TokenRow[]>;
}

function indexAsset(index: AssetIndex, row: TokenRow): void {
  pushTo(index.byPort, row.portUuid, row);
  pushTo(index.byDevice, row.deviceUuid, row);
}

/** All tokens, newest first, with the indexes the handlers need. */
export class TokenTable {
  /** Newest first. */
  rows: TokenRow[] = [];
  private bulkRows: readonly TokenRow[] = [];
  private bulk: BulkLookup | undefined;
  private readonly byUuid = new Map<string, TokenRow>();
  private assetIndex: AssetIndex | undefined;
  private expiryQueue = new ExpiryQueue();

  /**
   * Takes rows already sorted newest first (the table keeps the array); scale-seed rows are found
   * through `bulk`. Called once, on a new table.
   */
  load(rows: TokenRow[], bulk?: { lookup: BulkLookup; rows: readonly TokenRow[] }): void {
    this.bulk = bulk?.lookup;
    this.bulkRows = bulk?.rows ?? [];
    this.rows = rows;
    for (const row of rows) if (row.bulkIndex < 0) this.byUuid.set(row.uuid, row);
    this.expiryQueue = new ExpiryQueue(rows.filter((row) => row.state === 'INACTIVE'));
  }

  /** Tokens by the port they name, built on first use: a page load does not need it. */
  get byPort(): ReadonlyMap<string, readonly TokenRow[]> {
    return this.assets().byPort;
  }

  /** Tokens by the virtual device they name, built on first use. */
  get byDevice(): ReadonlyMap<string, readonly TokenRow[]> {
    return this.assets().byDevice;
  }

  private assets(): AssetIndex {
    if (!this.assetIndex) {
      const index: AssetIndex = { byPort: new Map(), byDevice: new Map() };
      for (const row of this.rows) indexAsset(index, row);
      this.assetIndex = index;
    }
    return this.assetIndex;
  }

  /** Adds a row at its place in the newest-first order. */
  insert(row: TokenRow): void {
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.rows[middle]?.createdMs ?? 0) > row.createdMs) low = middle + 1;
      else high = middle;
    }
    this.rows.splice(low, 0, row);
    this.index(row);
    this.watchExpiry(row);
  }

  /** Puts an INACTIVE row (again) on the expiry watch, e.g. after its date changed. */
  watchExpiry(row: TokenRow): void {
    if (row.state === 'INACTIVE') this.expiryQueue.add(row);
  }

  /** Removes and returns the INACTIVE rows whose expiry is at or before `now`. */
  takeExpired(now: number): TokenRow[] {
    // Stale entries (edited since, or no longer INACTIVE) are dropped here.
    const due = this.expiryQueue
      .takeUntil(now)
      .filter((row) => row.state === 'INACTIVE' && row.expiresMs <= now);
    return [...new Set(due)];
  }

  find(uuid: string): TokenRow | undefined {
    const row = this.byUuid.get(uuid);
    if (row || !this.bulk) return row;
    const index = this.bulk.indexOf(uuid);
    return index === undefined ? undefined : this.bulkRows[index];
  }

  private index(row: TokenRow): void {
    if (row.bulkIndex < 0) this.byUuid.set(row.uuid, row);
    if (this.assetIndex) indexAsset(this.assetIndex, row);
  }
}
