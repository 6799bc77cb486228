import { serviceTokenStateValues } from '@/api/schema.gen';
import { maxExpirationDays } from '@/lib/token-rules';
import { z } from '@/lib/zod';

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

/**
 * What a network engineer looks for first, and what fits a 1280 px screen without scrolling
 * sideways; the other columns are one click away in the Columns menu.
 */
export const defaultColumnIds: readonly InventoryColumnId[] = [
  'name',
  'uuid',
  'side',
  'asset',
  'state',
  'expires',
];

export const densities = ['standard', 'compact'] as const;
export type Density = (typeof densities)[number];

// Loose on purpose: Fabric uuids are not always RFC 4122 variants.
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = z.string().check(
  z.regex(isoDatePattern),
  z.refine((value) => !Number.isNaN(new Date(`${value}T00:00:00`).getTime())),
);

/** A whole number from `min` to `max`, as `Number()` reads it ("7", " 7", "7.0"). */
const wholeNumber = (min: number, max: number) =>
  z.pipe(z.pipe(z.string(), z.transform(Number)), z.int().check(z.minimum(min), z.maximum(max)));

const knownState = z.enum(serviceTokenStateValues);

function columnList(value: string | undefined): InventoryColumnId[] {
  const wanted = new Set(value?.split(','));
  const columns = inventoryColumnIds.filter((id) => wanted.has(id));
  return columns.length > 0 ? columns : [...defaultColumnIds];
}

/**
 * The inventory's URL. Each param falls back to its default on its own (`catch`): one bad value
 * never loses the others. An absent param reads as undefined.
 */
const searchParamsSchema = z.object({
  state: z.pipe(
    z.array(z.string()),
    z.transform((states) =>
      [...new Set(states.flatMap((state) => knownState.safeParse(state).data ?? []))].sort(),
    ),
  ),
  q: z.catch(
    z
      .pipe(
        z.optional(z.string()),
        z.transform((q) => q?.trim() ?? ''),
      )
      .check(z.maxLength(200)),
    '',
  ),
  expiringWithin: z.catch(z.optional(wholeNumber(1, maxExpirationDays)), undefined),
  createdFrom: z.catch(z.optional(isoDate), undefined),
  createdTo: z.catch(z.optional(isoDate), undefined),
  port: z.catch(z.optional(z.string().check(z.regex(uuidPattern))), undefined),
  page: z.catch(wholeNumber(1, 100_000), 1),
  pageSize: z.catch(z.pipe(z.pipe(z.string(), z.transform(Number)), z.literal(pageSizes)), 20),
  cols: z.pipe(z.optional(z.string()), z.transform(columnList)),
  density: z.catch(z.enum(densities), 'standard'),
});

export type InventorySearchParams = z.output<typeof searchParamsSchema>;

export type InventoryFilters = Pick<
  InventorySearchParams,
  'state' | 'q' | 'expiringWithin' | 'createdFrom' | 'createdTo' | 'port'
>;

export function parseInventorySearchParams(search: URLSearchParams): InventorySearchParams {
  const params = z
    .keyof(searchParamsSchema)
    .options.map((key) => [key, search.get(key) ?? undefined]);
  return searchParamsSchema.parse({ ...Object.fromEntries(params), state: search.getAll('state') });
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
  if (params.cols.join(',') !== defaultColumnIds.join(','))
    search.set('cols', params.cols.join(','));
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

/** How many filters narrow the list (a date range counts once), as the Filters button says. */
export function activeFilterCount(params: InventoryFilters): number {
  return [
    params.state.length > 0,
    params.q !== '',
    params.expiringWithin !== undefined,
    params.createdFrom !== undefined || params.createdTo !== undefined,
    params.port !== undefined,
  ].filter(Boolean).length;
}

export function hasFilters(params: InventoryFilters): boolean {
  return activeFilterCount(params) > 0;
}

/** The search for a link that applies only the given filters (the overview's counts). */
export function inventoryHrefSearch(filters: Partial<InventoryFilters>): URLSearchParams {
  return toInventorySearch({ ...defaultSearchParams, ...filters });
}
