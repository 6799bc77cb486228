import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  clearFilters,
  defaultSearchParams,
  hasFilters,
  defaultColumnIds,
  inventoryColumnIds,
  inventoryHrefSearch,
  parseInventorySearchParams,
  toInventorySearch,
  withFilters,
} from './inventory-search-params';

const parse = (query: string) => parseInventorySearchParams(new URLSearchParams(query));

describe('inventory search params', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parse('')).toEqual({
      state: [],
      q: '',
      expiringWithin: undefined,
      createdFrom: undefined,
      createdTo: undefined,
      port: undefined,
      page: 1,
      pageSize: 20,
      cols: [...defaultColumnIds],
      density: 'standard',
    });
  });

  it('reads every param', () => {
    expect(
      parse(
        'state=INACTIVE&state=ACTIVE&q=lab&expiringWithin=7&createdFrom=2030-01-01&createdTo=2030-01-31' +
          '&port=c4d93b39-0348-4a7c-a8b1-3d8c3e4d1a22&page=3&pageSize=50&cols=name,state&density=compact',
      ),
    ).toEqual({
      state: ['ACTIVE', 'INACTIVE'],
      q: 'lab',
      expiringWithin: 7,
      createdFrom: '2030-01-01',
      createdTo: '2030-01-31',
      port: 'c4d93b39-0348-4a7c-a8b1-3d8c3e4d1a22',
      page: 3,
      pageSize: 50,
      cols: ['name', 'state'],
      density: 'compact',
    });
  });

  it('falls back per param on invalid values and keeps the valid ones', () => {
    const params = parse(
      'state=BOGUS&state=EXPIRED&q=ok&expiringWithin=-3&createdFrom=2030-13-45&createdTo=yesterday' +
        '&port=not-a-uuid&page=0&pageSize=25&cols=nope&density=huge',
    );
    expect(params).toEqual({ ...defaultSearchParams, state: ['EXPIRED'], q: 'ok' });
    expect(parse('pageSize=abc&page=2.5&expiringWithin=91')).toEqual(defaultSearchParams);
  });

  it.each([
    ['expiringWithin=1', { expiringWithin: 1 }],
    ['expiringWithin=90', { expiringWithin: 90 }],
    ['expiringWithin=0', {}],
    ['expiringWithin=7.0', { expiringWithin: 7 }],
    ['page=100000', { page: 100_000 }],
    ['page=100001', {}],
    [`q=${'x'.repeat(200)}`, { q: 'x'.repeat(200) }],
    [`q=${'x'.repeat(201)}`, {}],
    ['q=%20%20lab%20', { q: 'lab' }],
    ['state=ACTIVE&state=ACTIVE', { state: ['ACTIVE'] }],
    ['cols=state,name', { cols: ['name', 'state'] }],
    ['createdFrom=2030-02-30', { createdFrom: '2030-02-30' }],
    ['state=toString&state=constructor', {}],
  ])('holds each bound: %s', (query, expected) => {
    expect(parse(query)).toEqual({ ...defaultSearchParams, ...expected });
  });

  it('round-trips through the URL, writing only what differs from the defaults', () => {
    expect(toInventorySearch(defaultSearchParams).toString()).toBe('');
    const params = parse(
      'state=DELETED&q=x%20y&page=2&pageSize=100&cols=uuid,name&density=compact',
    );
    const search = toInventorySearch(params);
    expect(parseInventorySearchParams(search)).toEqual(params);
    expect(search.get('cols')).toBe('name,uuid');
  });

  it('shows six columns by default, and keeps a choice of every column in the URL', () => {
    expect(defaultSearchParams.cols).toEqual(['name', 'uuid', 'side', 'asset', 'state', 'expires']);
    const everything = { ...defaultSearchParams, cols: [...inventoryColumnIds] };
    const search = toInventorySearch(everything);
    expect(search.get('cols')).toBe(inventoryColumnIds.join(','));
    expect(parseInventorySearchParams(search)).toEqual(everything);
  });

  it('resets the page when a filter changes, and keeps view settings', () => {
    const params = parse('page=4&pageSize=50&density=compact&q=old');
    expect(withFilters(params, { q: 'new' })).toEqual({ ...params, q: 'new', page: 1 });
    const cleared = clearFilters(
      parse('state=ACTIVE&q=a&port=c4d93b39-0348-4a7c-a8b1-3d8c3e4d1a22&page=2&pageSize=10'),
    );
    expect(cleared).toEqual({ ...defaultSearchParams, pageSize: 10 });
    expect(hasFilters(cleared)).toBe(false);
    expect(hasFilters(parse('expiringWithin=7'))).toBe(true);
  });

  it('counts the filters in use, a date range once', () => {
    expect(activeFilterCount(defaultSearchParams)).toBe(0);
    expect(
      activeFilterCount(
        parse('state=ACTIVE&state=EXPIRED&q=lab&createdFrom=2030-01-01&createdTo=2030-02-01'),
      ),
    ).toBe(3);
  });

  it('builds a link that applies just one filter', () => {
    expect(inventoryHrefSearch({ state: ['EXPIRED'] }).toString()).toBe('state=EXPIRED');
    expect(inventoryHrefSearch({ expiringWithin: 7 }).toString()).toBe('expiringWithin=7');
  });
});
