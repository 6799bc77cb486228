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

/** Finds scale-seed rows by uuid without a 100,000-entry map. */
export interface BulkLookup {
  indexOf(uuid: string): number | undefined;
}

/** All tokens, newest first, with the indexes the handlers need. */
export class TokenTable {
  readonly rows: TokenRow[] = [];
  private bulkRows: readonly TokenRow[] = [];
  private bulk: BulkLookup | undefined;
  private readonly byUuid = new Map<string, TokenRow>();
  readonly byPort = new Map<string, TokenRow[]>();
  readonly byDevice = new Map<string, TokenRow[]>();
  /** INACTIVE rows by expiry, latest first, so the next to expire is at the end. */
  private readonly expiryQueue: TokenRow[] = [];

  /** Bulk load of rows already sorted newest first; scale-seed rows are found through `bulk`. */
  load(rows: TokenRow[], bulk?: { lookup: BulkLookup; rows: readonly TokenRow[] }): void {
    this.bulk = bulk?.lookup;
    this.bulkRows = bulk?.rows ?? [];
    for (const row of rows) {
      this.rows.push(row);
      this.index(row);
    }
    this.expiryQueue.push(...rows.filter((row) => row.state === 'INACTIVE'));
    this.expiryQueue.sort((a, b) => b.expiresMs - a.expiresMs);
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
    if (row.state !== 'INACTIVE') return;
    let low = 0;
    let high = this.expiryQueue.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.expiryQueue[middle]?.expiresMs ?? 0) > row.expiresMs) low = middle + 1;
      else high = middle;
    }
    this.expiryQueue.splice(low, 0, row);
  }

  /** Removes and returns the INACTIVE rows whose expiry is at or before `now`. */
  takeExpired(now: number): TokenRow[] {
    const due = new Set<TokenRow>();
    for (;;) {
      const last = this.expiryQueue[this.expiryQueue.length - 1];
      if (!last || last.expiresMs > now) break;
      this.expiryQueue.pop();
      // Stale entries (edited or no longer INACTIVE) are dropped here.
      if (last.state === 'INACTIVE' && last.expiresMs <= now) due.add(last);
    }
    return [...due];
  }

  find(uuid: string): TokenRow | undefined {
    const row = this.byUuid.get(uuid);
    if (row || !this.bulk) return row;
    const index = this.bulk.indexOf(uuid);
    return index === undefined ? undefined : this.bulkRows[index];
  }

  private index(row: TokenRow): void {
    if (row.bulkIndex < 0) this.byUuid.set(row.uuid, row);
    pushTo(this.byPort, row.portUuid, row);
    pushTo(this.byDevice, row.deviceUuid, row);
  }
}
