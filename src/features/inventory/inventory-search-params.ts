import * as z from 'zod/mini';
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

const isoDate = z.string().check(
  z.regex(isoDatePattern),
  z.refine((value) => !Number.isNaN(new Date(`${value}T00:00:00`).getTime())),
);

const uniqueStates = (values: string[]) =>
  [...new Set(values.filter(isTokenState))].sort() as ServiceTokenState[];

const columnList = (value: string) => {
  const wanted = new Set(value.split(','));
  return inventoryColumnIds.filter((id) => wanted.has(id));
};

const isPageSize = (value: number): value is PageSize =>
  (pageSizes as readonly number[]).includes(value);

/**
 * Each param falls back to its default on its own: one bad value never loses the others.
 * (zod/mini: the inventory is the landing page, and the classic API costs it ~25 kB.)
 */
export const inventorySearchParamsSchema = z.object({
  state: z.catch(z.pipe(z.array(z.string()), z.transform(uniqueStates)), []),
  q: z.catch(z.string().check(z.trim(), z.maxLength(200)), ''),
  expiringWithin: z.catch(
    z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(maxExpirationDays))),
    undefined,
  ),
  createdFrom: z.catch(z.optional(isoDate), undefined),
  createdTo: z.catch(z.optional(isoDate), undefined),
  port: z.catch(z.optional(z.string().check(z.regex(uuidPattern))), undefined),
  page: z.catch(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100_000)), 1),
  pageSize: z.catch(
    z.pipe(
      z.coerce.number().check(z.refine(isPageSize)),
      z.transform((value) => value as PageSize),
    ),
    20 as PageSize,
  ),
  cols: z.catch(
    z.pipe(z.string(), z.transform(columnList)).check(z.refine((columns) => columns.length > 0)),
    [...inventoryColumnIds],
  ),
  density: z.catch(z.enum(densities), 'standard'),
});

export type InventorySearchParams = z.infer<typeof inventorySearchParamsSchema>;
export type InventoryFilters = Pick<
  InventorySearchParams,
  'state' | 'q' | 'expiringWithin' | 'createdFrom' | 'createdTo' | 'port'
>;

export const defaultSearchParams: InventorySearchParams = inventorySearchParamsSchema.parse({
  state: [],
});

export function parseInventorySearchParams(search: URLSearchParams): InventorySearchParams {
  const optional = (key: string) => search.get(key) ?? undefined;
  return inventorySearchParamsSchema.parse({
    state: search.getAll('state'),
    q: optional('q'),
    expiringWithin: optional('expiringWithin') || undefined,
    createdFrom: optional('createdFrom') || undefined,
    createdTo: optional('createdTo') || undefined,
    port: optional('port') || undefined,
    page: optional('page'),
    pageSize: optional('pageSize'),
    cols: optional('cols'),
    density: optional('density'),
  });
}

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
