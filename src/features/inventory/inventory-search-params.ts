import type { ServiceTokenState } from '@/api/types';
import { maxExpirationDays } from '@/lib/token-rules';
import { isTokenState } from '@/lib/tokens/token-state';

/** The inventory's whole view state lives in the URL (docs/decisions/003-inventory-filters.md). */
export const pageSizes = [10, 20, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

export const inventoryColumnIds = [
  'name',
  'uuid',
  'side',
  'asset',
  'metro',
  'link',
  'bandwidth',
  'state',
  'expires',
  'recipients',
  'created',
] as const;
export type InventoryColumnId = (typeof inventoryColumnIds)[number];

export const densities = ['standard', 'compact'] as const;
export type Density = (typeof densities)[number];

// Loose on purpose: Fabric uuids are not always RFC 4122 variants.
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const isIsoDate = (value: string) =>
  isoDatePattern.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime());

const isPageSize = (value: number): value is PageSize =>
  (pageSizes as readonly number[]).includes(value);

const isDensity = (value: string | null): value is Density =>
  (densities as readonly (string | null)[]).includes(value);

/** A whole number from `min` to `max`, as `Number()` reads it ("7", " 7", "7.0"), or undefined. */
function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

function columnList(value: string | null): InventoryColumnId[] {
  const wanted = new Set(value?.split(','));
  const columns = inventoryColumnIds.filter((id) => wanted.has(id));
  return columns.length > 0 ? columns : [...inventoryColumnIds];
}

export interface InventorySearchParams {
  state: ServiceTokenState[];
  q: string;
  expiringWithin: number | undefined;
  createdFrom: string | undefined;
  createdTo: string | undefined;
  port: string | undefined;
  page: number;
  pageSize: PageSize;
  cols: InventoryColumnId[];
  density: Density;
}

export type InventoryFilters = Pick<
  InventorySearchParams,
  'state' | 'q' | 'expiringWithin' | 'createdFrom' | 'createdTo' | 'port'
>;

/**
 * Each param falls back to its default on its own: one bad value never loses the others. Read by
 * hand, not with zod: the inventory is the landing page, and zod would be on its first load only
 * for this.
 */
export function parseInventorySearchParams(search: URLSearchParams): InventorySearchParams {
  const date = (key: string) => {
    const value = search.get(key);
    return value && isIsoDate(value) ? value : undefined;
  };
  const q = search.get('q')?.trim() ?? '';
  const port = search.get('port');
  const pageSize = Number(search.get('pageSize') ?? undefined);
  const density = search.get('density');
  return {
    state: [...new Set(search.getAll('state').filter(isTokenState))].sort(),
    q: q.length <= 200 ? q : '',
    expiringWithin: wholeNumber(search.get('expiringWithin'), 1, maxExpirationDays),
    createdFrom: date('createdFrom'),
    createdTo: date('createdTo'),
    port: port && uuidPattern.test(port) ? port : undefined,
    page: wholeNumber(search.get('page'), 1, 100_000) ?? 1,
    pageSize: isPageSize(pageSize) ? pageSize : 20,
    cols: columnList(search.get('cols')),
    density: isDensity(density) ? density : 'standard',
  };
}

export const defaultSearchParams: InventorySearchParams = parseInventorySearchParams(
  new URLSearchParams(),
);

/** Writes only what differs from the defaults, so links stay short and stable. */
export function toInventorySearch(params: InventorySearchParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const state of params.state) search.append('state', state);
  if (params.q) search.set('q', params.q);
  if (params.expiringWithin !== undefined)
    search.set('expiringWithin', String(params.expiringWithin));
  if (params.createdFrom) search.set('createdFrom', params.createdFrom);
  if (params.createdTo) search.set('createdTo', params.createdTo);
  if (params.port) search.set('port', params.port);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== defaultSearchParams.pageSize)
    search.set('pageSize', String(params.pageSize));
  if (params.cols.length !== inventoryColumnIds.length) search.set('cols', params.cols.join(','));
  if (params.density !== defaultSearchParams.density) search.set('density', params.density);
  return search;
}

/** A filter change starts again at page 1; the view settings (columns, density, size) stay. */
export function withFilters(
  params: InventorySearchParams,
  filters: Partial<InventoryFilters>,
): InventorySearchParams {
  return { ...params, ...filters, page: 1 };
}

export function clearFilters(params: InventorySearchParams): InventorySearchParams {
  const { state, q, expiringWithin, createdFrom, createdTo, port } = defaultSearchParams;
  return { ...params, state, q, expiringWithin, createdFrom, createdTo, port, page: 1 };
}

export function hasFilters(params: InventoryFilters): boolean {
  return (
    params.state.length > 0 ||
    params.q !== '' ||
    params.expiringWithin !== undefined ||
    params.createdFrom !== undefined ||
    params.createdTo !== undefined ||
    params.port !== undefined
  );
}

/** The search for a link that applies only the given filters (the overview's counts). */
export function inventoryHrefSearch(filters: Partial<InventoryFilters>): URLSearchParams {
  return toInventorySearch({ ...defaultSearchParams, ...filters });
}
