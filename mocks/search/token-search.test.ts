import { describe, expect, it } from 'vitest';
import { PORTS, PROJECT_LAB, TOKENS } from '../seed/fixtures';
import { api, expectRejected } from '../test/demo-api';
import { requests } from '../test/requests';

interface Token {
  uuid: string;
  name?: string;
  state: string;
  expirationDateTime: string;
  project: { projectId: string };
  changeLog: { createdDateTime: string; updatedDateTime: string };
  connection: {
    aSide?: { accessPointSelectors: { port?: { uuid: string } }[] };
    zSide?: { accessPointSelectors: { port?: { uuid: string } }[] };
  };
}

const search = (filter: unknown, pagination: object = { limit: 100 }) =>
  api<{
    data: Token[];
    pagination: { total: number; offset: number; limit: number; next?: string; previous?: string };
  }>('POST', '/fabric/v4/serviceTokens/search', { body: { filter, pagination } });
const leaf = (property: string, operator: string, values: string[]) => ({
  and: [{ property, operator, values }],
});
const all = async () => (await search(undefined)).body.data;

describe('token search: properties and operators', () => {
  it('filters by uuid with = and IN', async () => {
    expect(
      (await search(leaf('/uuid', '=', [TOKENS.ACTIVE_ASIDE]))).body.data.map((t) => t.uuid),
    ).toEqual([TOKENS.ACTIVE_ASIDE]);
    const two = await search(leaf('/uuid', 'IN', [TOKENS.ACTIVE_ASIDE, TOKENS.EXPIRED_ASIDE]));
    expect(two.body.pagination.total).toBe(2);
  });

  it('filters by state with =, != and NOT IN', async () => {
    const tokens = await all();
    const inactive = tokens.filter((t) => t.state === 'INACTIVE').length;
    expect((await search(leaf('/state', '=', ['INACTIVE']))).body.pagination.total).toBe(inactive);
    expect((await search(leaf('/state', '!=', ['INACTIVE']))).body.pagination.total).toBe(
      tokens.length - inactive,
    );
    const notIn = await search(leaf('/state', 'NOT IN', ['INACTIVE', 'ACTIVE']));
    expect(notIn.body.data.every((t) => t.state === 'EXPIRED' || t.state === 'DELETED')).toBe(true);
  });

  it('filters by name with LIKE (case-sensitive) and ILIKE, % as wildcard', async () => {
    const created = await api('POST', '/fabric/v4/serviceTokens', {
      body: { ...requests.asideDot1q(), name: 'Findable-Token-XYZ' },
    });
    expect(
      (await search(leaf('/name', 'LIKE', ['Token-XYZ']))).body.data.map((t) => t.uuid),
    ).toEqual([created.body.uuid]);
    expect((await search(leaf('/name', 'LIKE', ['token-xyz']))).body.data).toEqual([]);
    expect((await search(leaf('/name', 'ILIKE', ['token-xyz']))).body.data).toHaveLength(1);
    expect((await search(leaf('/name', 'ILIKE', ['findable%']))).body.data).toHaveLength(1);
    expect((await search(leaf('/name', 'ILIKE', ['%xyz-token']))).body.data).toHaveLength(0);
  });

  it('filters by project and type', async () => {
    const lab = await search(leaf('/project/projectId', '=', [PROJECT_LAB]));
    expect(lab.body.data.length).toBeGreaterThan(0);
    expect(lab.body.data.every((t) => t.project.projectId === PROJECT_LAB)).toBe(true);
    expect((await search(leaf('/type', '=', ['VC_TOKEN']))).body.pagination.total).toBe(
      (await all()).length,
    );
    expect((await search(leaf('/type', '=', ['EPL_TOKEN']))).body.pagination.total).toBe(0);
  });

  it('filters by expiration with <, >, <=, >=, BETWEEN and NOT BETWEEN', async () => {
    const tokens = await all();
    const week = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const now = new Date().toISOString();
    const soon = tokens.filter(
      (t) => t.expirationDateTime > now && t.expirationDateTime <= week,
    ).length;
    expect(soon).toBeGreaterThanOrEqual(3);
    expect(
      (await search(leaf('/expirationDateTime', 'BETWEEN', [now, week]))).body.pagination.total,
    ).toBe(soon);
    expect(
      (await search(leaf('/expirationDateTime', 'NOT BETWEEN', [now, week]))).body.pagination.total,
    ).toBe(tokens.length - soon);
    const before = tokens.filter((t) => t.expirationDateTime < now).length;
    expect((await search(leaf('/expirationDateTime', '<', [now]))).body.pagination.total).toBe(
      before,
    );
    expect((await search(leaf('/expirationDateTime', '>=', [now]))).body.pagination.total).toBe(
      tokens.length - before,
    );
    expect((await search(leaf('/expirationDateTime', '>', [week]))).body.pagination.total).toBe(
      tokens.filter((t) => t.expirationDateTime > week).length,
    );
    expect((await search(leaf('/expirationDateTime', '<=', [week]))).body.pagination.total).toBe(
      tokens.filter((t) => t.expirationDateTime <= week).length,
    );
  });

  it('filters by created and updated date', async () => {
    const tokens = await all();
    const cut = new Date(Date.now() - 10 * 86_400_000).toISOString();
    expect(
      (await search(leaf('/changeLog/createdDateTime', '>=', [cut]))).body.pagination.total,
    ).toBe(tokens.filter((t) => t.changeLog.createdDateTime >= cut).length);
    expect(
      (await search(leaf('/changeLog/updatedDateTime', '<', [cut]))).body.pagination.total,
    ).toBe(tokens.filter((t) => t.changeLog.updatedDateTime < cut).length);
  });

  it('filters by the A-side and Z-side port', async () => {
    const onA = await search(
      leaf('/connection/aSide/accessPointSelectors/port/uuid', '=', [PORTS.SV_PRI_01]),
    );
    expect(onA.body.data.map((t) => t.uuid)).toContain(TOKENS.ASIDE_DOT1Q_INACTIVE);
    expect(
      onA.body.data.every(
        (t) => t.connection.aSide?.accessPointSelectors[0]?.port?.uuid === PORTS.SV_PRI_01,
      ),
    ).toBe(true);
    const onZ = await search(
      leaf('/connection/zSide/accessPointSelectors/port/uuid', '=', [PORTS.AM_PRI_01]),
    );
    expect(onZ.body.data.map((t) => t.uuid)).toContain(TOKENS.ZSIDE_PORT_INACTIVE);
    expect(
      (
        await search(
          leaf('/connection/zSide/accessPointSelectors/port/uuid', '=', [PORTS.SV_PRI_01]),
        )
      ).body.data.map((t) => t.uuid),
    ).not.toContain(TOKENS.ASIDE_DOT1Q_INACTIVE);
  });

  it('nests and / or groups', async () => {
    const filter = {
      and: [
        { property: '/project/projectId', operator: '!=', values: [PROJECT_LAB] },
        {
          or: [
            { property: '/uuid', operator: '=', values: [TOKENS.ACTIVE_ASIDE] },
            { property: '/uuid', operator: '=', values: [TOKENS.EXPIRED_ASIDE] },
          ],
        },
      ],
    };
    expect((await search(filter)).body.pagination.total).toBe(2);
    const top = {
      or: [
        { property: '/uuid', operator: '=', values: [TOKENS.ACTIVE_ASIDE] },
        { and: [{ property: '/state', operator: '=', values: ['DELETED'] }] },
      ],
    };
    expect(
      (await search(top)).body.data.every(
        (t) => t.uuid === TOKENS.ACTIVE_ASIDE || t.state === 'DELETED',
      ),
    ).toBe(true);
  });
});

describe('token search: order and pages', () => {
  it('returns the newest first', async () => {
    const dates = (await all()).map((t) => t.changeLog.createdDateTime);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages with offset and limit, and links next and previous', async () => {
    const first = await search(undefined, { offset: 0, limit: 10 });
    expect(first.body.data).toHaveLength(10);
    expect(first.body.pagination).toMatchObject({
      offset: 0,
      limit: 10,
      next: '/fabric/v4/serviceTokens/search?offset=10&limit=10',
    });
    expect(first.body.pagination.previous).toBeUndefined();
    const second = await search(undefined, { offset: 10, limit: 10 });
    expect(second.body.pagination.previous).toBe(
      '/fabric/v4/serviceTokens/search?offset=0&limit=10',
    );
    expect(second.body.data[0]?.uuid).not.toBe(first.body.data[0]?.uuid);
    const list = await api('GET', '/fabric/v4/serviceTokens?offset=5&limit=3');
    expect(list.body.pagination).toMatchObject({
      offset: 5,
      limit: 3,
      next: '/fabric/v4/serviceTokens?offset=8&limit=3',
    });
  });

  it('keeps limit within 1..100 and offset at 0 or more', async () => {
    expectRejected(await search(undefined, { limit: 0 }), '/pagination/limit');
    expectRejected(await search(undefined, { limit: 101 }), '/pagination/limit');
    expectRejected(await search(undefined, { offset: -1 }), '/pagination/offset');
    // (GET /serviceTokens checks them too, but the contract declares no 400 for it.)
    expectRejected(
      await api('POST', '/fabric/v4/serviceTokens/search?limit=abc', { body: {} }),
      'limit',
    );
  });
});

describe('token search: malformed filters', () => {
  it('names the offending part of the filter', async () => {
    expectRejected(
      await search(leaf('/connection/type', '=', ['EVPL_VC'])),
      '/filter/and/0/property',
    );
    expectRejected(await search(leaf('/state', 'ISH', ['INACTIVE'])), '/filter/and/0/operator');
    expectRejected(
      await search(leaf('/expirationDateTime', 'BETWEEN', ['2025-01-01T00:00:00Z'])),
      '/filter/and/0/values',
    );
    expectRejected(
      await search(leaf('/expirationDateTime', '<', ['tomorrow'])),
      '/filter/and/0/values/0',
    );
    expectRejected(
      await search({ and: [{ property: '/state', operator: '=', values: ['INACTIVE'], or: [] }] }),
      '/filter/and/0',
    );
    expectRejected(
      await api('POST', '/fabric/v4/serviceTokens/search', { body: { filter: {}, sort: [] } }),
      '/sort',
    );
  });
});
