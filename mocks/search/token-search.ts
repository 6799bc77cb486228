import { isRecord, isString } from '../rules/json';
import type { DemoStore } from '../store/demo-store';
import type { TokenRow } from '../store/token-table';
import { compileFilter, type FilterGrammar } from './filter-engine';
import type { PageRequest } from './pagination';

/** The ServiceTokenSearchRequest grammar, read from the compact rows (no token is built). */
export const tokenSearchGrammar: FilterGrammar<TokenRow> = {
  fields: {
    '/uuid': { kind: 'string', read: (row) => row.uuid },
    '/state': { kind: 'string', read: (row) => row.state },
    '/name': { kind: 'string', read: (row) => row.name },
    '/project/projectId': { kind: 'string', read: (row) => row.projectId },
    '/type': { kind: 'string', read: (row) => row.type },
    '/expirationDateTime': { kind: 'date', read: (row) => row.expiresMs },
    '/changeLog/createdDateTime': { kind: 'date', read: (row) => row.createdMs },
    '/changeLog/updatedDateTime': { kind: 'date', read: (row) => row.updatedMs },
    '/connection/aSide/accessPointSelectors/port/uuid': {
      kind: 'string',
      read: (row) => (row.side === 'aSide' ? row.portUuid : undefined),
    },
    '/connection/zSide/accessPointSelectors/port/uuid': {
      kind: 'string',
      read: (row) => (row.side === 'zSide' ? row.portUuid : undefined),
    },
  },
  operators: [
    '=',
    '!=',
    'LIKE',
    'ILIKE',
    '<',
    '>',
    '<=',
    '>=',
    'IN',
    'NOT IN',
    'BETWEEN',
    'NOT BETWEEN',
  ],
};

export interface TokenPage {
  rows: TokenRow[];
  total: number;
}

/**
 * The uuids a filter pins the result to, when it is a `/uuid` `=` or `IN` condition on its own
 * or inside the top-level `and`: then only those rows are scanned instead of all of them.
 */
function pinnedUuids(filter: unknown): string[] | undefined {
  if (!isRecord(filter)) return undefined;
  const leaves = Array.isArray(filter.and) ? filter.and : [filter];
  for (const leaf of leaves) {
    if (
      isRecord(leaf) &&
      leaf.property === '/uuid' &&
      (leaf.operator === '=' || leaf.operator === 'IN') &&
      Array.isArray(leaf.values)
    ) {
      return leaf.values.filter(isString);
    }
  }
  return undefined;
}

function candidates(store: DemoStore, filter: unknown): readonly TokenRow[] {
  const uuids = pinnedUuids(filter);
  if (!uuids) return store.tokens.rows;
  const rows = uuids.flatMap((uuid) => store.tokens.find(uuid) ?? []);
  return [...new Set(rows)].sort((a, b) => b.createdMs - a.createdMs);
}

/** One pass over the newest-first rows: counts every match, keeps the requested page. */
export function searchTokens(store: DemoStore, filter: unknown, page: PageRequest): TokenPage {
  const matches = compileFilter(filter, tokenSearchGrammar);
  const rows: TokenRow[] = [];
  const end = page.offset + page.limit;
  let total = 0;
  for (const row of candidates(store, filter)) {
    if (!matches(row)) continue;
    if (total >= page.offset && total < end) rows.push(row);
    total++;
  }
  return { rows, total };
}
