import { describe, expect, it } from 'vitest';
import { DEVICES, NETWORKS, PORTS, PROJECT_LAB } from '../seed/fixtures';
import { api, expectRejected } from '../test/demo-api';

describe('ports', () => {
  it('lists every port, or the one with a name', async () => {
    const all = await api('GET', '/fabric/v4/ports');
    expect(all.body.data.length).toBeGreaterThanOrEqual(16);
    const one = await api('GET', '/fabric/v4/ports?name=270848-SV5-CX-PRI-01');
    expect(one.body.data.map((p: { uuid: string }) => p.uuid)).toEqual([PORTS.SV_PRI_01]);
  });

  it('searches ports by the listed properties, sorted as asked', async () => {
    const body = {
      filter: {
        and: [
          { property: '/project/projectId', operator: '=', values: [PROJECT_LAB] },
          { property: '/state', operator: '=', values: ['ACTIVE'] },
        ],
      },
      sort: [{ property: '/name', direction: 'ASC' }],
    };
    const result = await api('POST', '/fabric/v4/ports/search', { body });
    const names = result.body.data.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort());
    expect(
      result.body.data.every(
        (p: { state: string; project: { projectId: string } }) =>
          p.state === 'ACTIVE' && p.project.projectId === PROJECT_LAB,
      ),
    ).toBe(true);
    const byMetro = await api('POST', '/fabric/v4/ports/search', {
      body: { filter: { property: '/location/metroCode', operator: '=', values: ['DA'] } },
    });
    expect(byMetro.body.pagination.total).toBe(2);
    const byCrossConnect = await api('POST', '/fabric/v4/ports/search', {
      body: {
        filter: {
          property: '/physicalPorts/tether/crossConnectId',
          operator: 'LIKE',
          values: ['SV5-XC'],
        },
      },
    });
    expect(byCrossConnect.body.data.length).toBeGreaterThan(0);
  });

  it('needs a filter, and refuses unknown properties and sort fields', async () => {
    expectRejected(await api('POST', '/fabric/v4/ports/search', { body: {} }), '/filter');
    expectRejected(
      await api('POST', '/fabric/v4/ports/search', {
        body: { filter: { property: '/bandwidth', operator: '=', values: ['1'] } },
      }),
      '/filter/property',
    );
    expectRejected(
      await api('POST', '/fabric/v4/ports/search', {
        body: { filter: {}, sort: [{ property: '/uuid' }] },
      }),
      '/sort/0/property',
    );
  });

  it('reads one port, or answers 400 for an unknown one', async () => {
    expect((await api('GET', `/fabric/v4/ports/${PORTS.DC_PRI_01}`)).body.encapsulation.type).toBe(
      'QINQ',
    );
    expectRejected(
      await api('GET', '/fabric/v4/ports/00000000-0000-4000-8000-000000000000'),
      'portId',
      'EQ-3035202',
    );
  });

  it('lists the VLANs in use, held by connections or tokens', async () => {
    const { body } = await api('GET', `/fabric/v4/ports/${PORTS.SV_PRI_01}/linkProtocols`);
    expect(body.data.find((e: { vlanTag: number }) => e.vlanTag === 100).asset.uuid).toEqual(
      expect.any(String),
    );
    expect(body.data.find((e: { vlanTag: number }) => e.vlanTag === 300).serviceToken.type).toBe(
      'TOKEN',
    );
    const qinq = await api('GET', `/fabric/v4/ports/${PORTS.DC_PRI_01}/linkProtocols`);
    expect(qinq.body.data).toContainEqual(
      expect.objectContaining({ type: 'QINQ', vlanSTag: 100, vlanCTag: 10 }),
    );
    expectRejected(
      await api('GET', '/fabric/v4/ports/00000000-0000-4000-8000-000000000000/linkProtocols'),
      'portUuid',
      'EQ-3035202',
    );
  });
});

describe('metros', () => {
  it('lists metros, and only those with ports for presence=MY_PORTS', async () => {
    const all = await api('GET', '/fabric/v4/metros?limit=100');
    expect(all.body.data.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.body.data.map((m: { region: string }) => m.region))).toEqual(
      new Set(['AMER', 'EMEA', 'APAC']),
    );
    expect(all.body.data[0].connectedMetros.length).toBe(all.body.data.length - 1);
    const mine = await api('GET', '/fabric/v4/metros?presence=MY_PORTS&limit=100');
    expect(mine.body.data.map((m: { code: string }) => m.code).sort()).toEqual([
      'AM',
      'DA',
      'DC',
      'LD',
      'NY',
      'SG',
      'SV',
    ]);
    const page = await api('GET', '/fabric/v4/metros?offset=2&limit=3');
    expect(page.body.data).toHaveLength(3);
  });

  it('answers metro errors in the metro error format', async () => {
    const presence = await api('GET', '/fabric/v4/metros?presence=EVERYWHERE');
    expect(presence.status).toBe(400);
    expect(presence.body[0]).toMatchObject({
      errorCode: 'EQ-3036013',
      errorMessage: 'Invalid Query Parameter',
      additionalInfo: [{ property: 'presence' }],
    });
    const unknown = await api('GET', '/fabric/v4/metros/XX');
    expect(unknown.body[0]).toMatchObject({
      errorCode: 'EQ-3036100',
      errorMessage: 'Metro Not Found',
    });
    expect((await api('GET', '/fabric/v4/metros/AM')).body.name).toBe('Amsterdam');
    const limit = await api('GET', '/fabric/v4/metros?limit=0');
    expect(limit.body[0]).toMatchObject({
      errorCode: 'EQ-3036013',
      additionalInfo: [{ property: 'limit' }],
    });
  });
});

describe('networks', () => {
  it('searches networks by type and reads one', async () => {
    const body = {
      filter: {
        and: [
          { property: '/type', operator: 'IN', values: ['EVPLAN', 'EPTREE'] },
          { property: '/state', operator: '=', values: ['ACTIVE'] },
        ],
      },
    };
    const result = await api('POST', '/fabric/v4/networks/search', { body });
    expect(result.body.data.map((n: { type: string }) => n.type).sort()).toEqual([
      'EPTREE',
      'EVPLAN',
      'EVPLAN',
    ]);
    const text = await api('POST', '/fabric/v4/networks/search', {
      body: { filter: { property: '/*', operator: 'ILIKE', values: ['emea'] } },
    });
    expect(text.body.data.map((n: { uuid: string }) => n.uuid)).toEqual([NETWORKS.EVPTREE_EMEA]);
    expect((await api('GET', `/fabric/v4/networks/${NETWORKS.EPTREE_SV}`)).body.scope).toBe(
      'LOCAL',
    );
    const missing = await api('GET', '/fabric/v4/networks/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
  });
});

describe('Network Edge devices', () => {
  it('lists devices with their interfaces, filtered by status', async () => {
    const all = await api('GET', '/ne/v1/devices?limit=100');
    expect(all.body.pagination.total).toBeGreaterThanOrEqual(10);
    expect(all.body.data.every((d: { interfaces: unknown[] }) => d.interfaces.length === 10)).toBe(
      true,
    );
    const provisioned = await api('GET', '/ne/v1/devices?status=PROVISIONED,PROVISIONING');
    expect(
      provisioned.body.data.every((d: { status: string }) =>
        ['PROVISIONED', 'PROVISIONING'].includes(d.status),
      ),
    ).toBe(true);
    const bad = await api('GET', '/ne/v1/devices?status=SLEEPING');
    expect(bad.status).toBe(400);
    expect(bad.body[0]).toMatchObject({ property: 'status' });
  });

  it('describes the HA pair, pointing at each other', async () => {
    const primary = (await api('GET', `/ne/v1/devices/${DEVICES.DC_HA_PRI}`)).body;
    const secondary = (await api('GET', `/ne/v1/devices/${DEVICES.DC_HA_SEC}`)).body;
    expect(primary).toMatchObject({ redundancyType: 'PRIMARY', redundantUuid: DEVICES.DC_HA_SEC });
    expect(secondary).toMatchObject({
      redundancyType: 'SECONDARY',
      redundantUuid: DEVICES.DC_HA_PRI,
    });
  });

  it('answers 404 for an unknown device', async () => {
    const missing = await api('GET', '/ne/v1/devices/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body[0].errorCode).toBe('EQ-4006103');
  });
});
