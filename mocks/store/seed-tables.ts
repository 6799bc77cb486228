import { BulkSeed } from '../seed/bulk-tokens';
import { standardSeed } from '../seed/standard-tokens';
import { createCatalog, type Catalog } from './catalog';
import { ConnectionTable } from './connection-table';
import type { DemoSeedSize } from '../controls';
import { buildToken } from './token-factory';
import { rowFromToken, TokenTable, type TokenRow } from './token-table';

export interface SeedTables {
  catalog: Catalog;
  tokens: TokenTable;
  connections: ConnectionTable;
  bulk: BulkSeed | undefined;
}

function mergeNewestFirst(a: TokenRow[], b: TokenRow[]): TokenRow[] {
  const out: TokenRow[] = new Array<TokenRow>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left && (!right || left.createdMs >= right.createdMs)) {
      out[k++] = left;
      i++;
    } else if (right) {
      out[k++] = right;
      j++;
    }
  }
  return out;
}

/** Everything the seed of this size and date holds, rebuilt identically on every load. */
export function seedTables(seedSize: DemoSeedSize, seededAt: number): SeedTables {
  const catalog = createCatalog(seededAt);
  const seed = standardSeed(catalog, seededAt);
  const standardRows = seed.specs.map((spec) => rowFromToken(buildToken(spec, catalog)));
  const bulkCount = seedSize === 'standard' ? 0 : Math.max(0, seedSize - standardRows.length);
  const bulk = bulkCount > 0 ? new BulkSeed(bulkCount, seededAt, catalog) : undefined;
  const tokens = new TokenTable();
  const bulkRows = bulk?.rows();
  if (bulk && bulkRows) {
    tokens.load(mergeNewestFirst(standardRows, bulkRows), { lookup: bulk, rows: bulkRows });
  } else tokens.load(standardRows);
  const connections = new ConnectionTable();
  for (const connection of seed.connections) connections.add(connection);
  return { catalog, tokens, connections, bulk };
}

/**
 * Builds the lazy uuid and name of scale-seed rows a slice at a time, so the first search by
 * name or uuid does not pay for 100,000 strings. Stops when the table is replaced.
 */
export async function warmUpRows(table: () => TokenTable, chunk = 5000): Promise<void> {
  const { rows } = table();
  for (let start = 0; start < rows.length; start += chunk) {
    if (table().rows !== rows) return;
    for (const row of rows.slice(start, start + chunk)) {
      if (row.bulkIndex >= 0) void (row.uuid.length + (row.name?.length ?? 0));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
