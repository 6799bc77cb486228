import { describe, expect, it } from 'vitest';
import { defaultSearchParams, type InventoryFilters } from '../inventory-search-params';
import {
  endOfLocalDay,
  startOfLocalDay,
  toServiceTokenSearchRequest,
} from './to-service-token-search-request';

const project = 'a1b2c3d4-0000-4000-8000-000000000001';
const now = new Date('2030-05-10T12:00:00.000Z');
const noFilters: InventoryFilters = {
  state: [],
  q: '',
  expiringWithin: undefined,
  createdFrom: undefined,
  createdTo: undefined,
  port: undefined,
};
const projectLeaf = { property: '/project/projectId', operator: '=', values: [project] };

function translate(filters: Partial<InventoryFilters>, page = { page: 1, pageSize: 20 }) {
  return toServiceTokenSearchRequest({ ...noFilters, ...filters }, project, page, now);
}

describe('toServiceTokenSearchRequest', () => {
  it('always scopes the search to the project, even with no filter', () => {
    expect(translate({})).toEqual({
      filter: { and: [projectLeaf] },
      pagination: { offset: 0, limit: 20 },
    });
  });

  it('turns page and page size into offset and limit', () => {
    expect(translate({}, { page: 1, pageSize: 10 }).pagination).toEqual({ offset: 0, limit: 10 });
    expect(translate({}, { page: 3, pageSize: 50 }).pagination).toEqual({ offset: 100, limit: 50 });
    expect(translate({}, { page: 7, pageSize: 100 }).pagination).toEqual({
      offset: 600,
      limit: 100,
    });
  });

  it('sends one state as IN with one value, several states as IN with each', () => {
    expect(translate({ state: ['ACTIVE'] }).filter?.and).toEqual([
      projectLeaf,
      { property: '/state', operator: 'IN', values: ['ACTIVE'] },
    ]);
    expect(translate({ state: ['EXPIRED', 'INACTIVE'] }).filter?.and).toEqual([
      projectLeaf,
      { property: '/state', operator: 'IN', values: ['EXPIRED', 'INACTIVE'] },
    ]);
  });

  it('searches a name case-insensitively with % wildcards on both sides', () => {
    expect(translate({ q: '  edge-lab ' }).filter?.and).toEqual([
      projectLeaf,
      { property: '/name', operator: 'ILIKE', values: ['%edge-lab%'] },
    ]);
  });

  it('searches a uuid-looking text as an exact token uuid or a name', () => {
    const uuid = '407F8239-5E37-4C3A-B3CE-2D4CD4E06F5C';
    expect(translate({ q: uuid }).filter?.and).toEqual([
      projectLeaf,
      {
        or: [
          { property: '/name', operator: 'ILIKE', values: [`%${uuid}%`] },
          { property: '/uuid', operator: '=', values: [uuid.toLowerCase()] },
        ],
      },
    ]);
  });

  it('treats a partial uuid as name text only', () => {
    expect(translate({ q: '407f8239-5e37' }).filter?.and?.[1]).toEqual({
      property: '/name',
      operator: 'ILIKE',
      values: ['%407f8239-5e37%'],
    });
  });

  it('reads "expiring within N days" as INACTIVE tokens whose expiry lies between now and now + N days', () => {
    expect(translate({ expiringWithin: 7 }).filter?.and).toEqual([
      projectLeaf,
      { property: '/state', operator: '=', values: ['INACTIVE'] },
      {
        property: '/expirationDateTime',
        operator: 'BETWEEN',
        values: ['2030-05-10T12:00:00.000Z', '2030-05-17T12:00:00.000Z'],
      },
    ]);
    expect(translate({ expiringWithin: 1 }).filter?.and?.[2]?.values).toEqual([
      '2030-05-10T12:00:00.000Z',
      '2030-05-11T12:00:00.000Z',
    ]);
  });

  it('sends a created range as BETWEEN the start of the first day and the end of the last', () => {
    expect(translate({ createdFrom: '2030-01-01', createdTo: '2030-01-31' }).filter?.and).toEqual([
      projectLeaf,
      {
        property: '/changeLog/createdDateTime',
        operator: 'BETWEEN',
        values: [startOfLocalDay('2030-01-01'), endOfLocalDay('2030-01-31')],
      },
    ]);
  });

  it('sends an open-ended created range as >= or <=', () => {
    expect(translate({ createdFrom: '2030-01-01' }).filter?.and?.[1]).toEqual({
      property: '/changeLog/createdDateTime',
      operator: '>=',
      values: [startOfLocalDay('2030-01-01')],
    });
    expect(translate({ createdTo: '2030-01-31' }).filter?.and?.[1]).toEqual({
      property: '/changeLog/createdDateTime',
      operator: '<=',
      values: [endOfLocalDay('2030-01-31')],
    });
  });

  it('converts local calendar days to UTC instants that cover the whole day', () => {
    const start = new Date(startOfLocalDay('2030-03-15'));
    const end = new Date(endOfLocalDay('2030-03-15'));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2030, 2, 15, 0,
    ]);
    expect(end.getTime() - start.getTime()).toBe(24 * 60 * 60 * 1000 - 1);
  });

  it('matches a port on either side of the token', () => {
    const port = 'c4d93b39-0348-4a7c-a8b1-3d8c3e4d1a22';
    expect(translate({ port }).filter?.and).toEqual([
      projectLeaf,
      {
        or: [
          {
            property: '/connection/aSide/accessPointSelectors/port/uuid',
            operator: '=',
            values: [port],
          },
          {
            property: '/connection/zSide/accessPointSelectors/port/uuid',
            operator: '=',
            values: [port],
          },
        ],
      },
    ]);
  });

  it('joins every filter with AND, in a stable order', () => {
    const request = translate(
      {
        state: ['INACTIVE'],
        q: 'lab',
        expiringWithin: 30,
        createdFrom: '2030-01-01',
        createdTo: '2030-02-01',
        port: 'c4d93b39-0348-4a7c-a8b1-3d8c3e4d1a22',
      },
      { page: 2, pageSize: 100 },
    );
    expect(request.filter?.and?.map((e) => e.property ?? 'or')).toEqual([
      '/project/projectId',
      '/state',
      '/name',
      '/state',
      '/expirationDateTime',
      '/changeLog/createdDateTime',
      'or',
    ]);
    expect(request.pagination).toEqual({ offset: 100, limit: 100 });
  });

  it('gives the same request for the same filters and instant (a stable query key)', () => {
    const filters = { ...defaultSearchParams, q: 'x', expiringWithin: 7 };
    expect(toServiceTokenSearchRequest(filters, project, undefined, now)).toEqual(
      toServiceTokenSearchRequest(filters, project, undefined, new Date(now)),
    );
  });

  it('only ever uses properties and operators the API defines', () => {
    const request = translate({
      state: ['ACTIVE', 'DELETED'],
      q: '407f8239-5e37-4c3a-b3ce-2d4cd4e06f5c',
      expiringWithin: 90,
      createdFrom: '2030-01-01',
      port: 'c4d93b39-0348-4a7c-a8b1-3d8c3e4d1a22',
    });
    const allowed = new Set([
      '/uuid',
      '/state',
      '/name',
      '/project/projectId',
      '/expirationDateTime',
      '/changeLog/createdDateTime',
      '/connection/aSide/accessPointSelectors/port/uuid',
      '/connection/zSide/accessPointSelectors/port/uuid',
    ]);
    type Node = NonNullable<typeof request.filter>;
    const leaves = (node: Node): Node[] =>
      node.and || node.or ? [...(node.and ?? []), ...(node.or ?? [])].flatMap(leaves) : [node];
    for (const leaf of leaves(request.filter ?? {})) {
      expect(allowed.has(leaf.property ?? '')).toBe(true);
      expect(leaf.values?.length).toBeGreaterThan(0);
    }
  });
});
