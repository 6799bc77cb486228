import { describe, expect, it } from 'vitest';
import { DEMO_SERVICE_PROFILE, DEVICES, PORTS, TOKENS } from '../seed/fixtures';
import { api, control, expectRejected } from '../test/demo-api';

const redeem = (body: unknown, query = '') =>
  api('POST', `/fabric/v4/connections${query}`, { body });
const notifications = [{ type: 'ALL', emails: ['netops@recipient.example'] }];
const profile = (metroCode: string) => ({
  accessPoint: { type: 'SP', profile: { uuid: DEMO_SERVICE_PROFILE }, location: { metroCode } },
});
const labPort = (vlanTag: number) => ({
  accessPoint: {
    type: 'COLO',
    port: { uuid: PORTS.SV_LAB_01 },
    linkProtocol: { type: 'DOT1Q', vlanTag },
    location: { metroCode: 'SV' },
  },
});
/** Redeems an A-side token towards a provider in the given metro. */
const asideRequest = (uuid: string, bandwidth = 500, metroCode = 'SV') => ({
  type: 'EVPL_VC',
  name: 'redeemed',
  bandwidth,
  notifications,
  aSide: { serviceToken: { uuid } },
  zSide: profile(metroCode),
});
const zsideRequest = (uuid: string, bandwidth: number, aSide: object = labPort(2001)) => ({
  type: 'EVPL_VC',
  name: 'to a z-side token',
  bandwidth,
  notifications,
  aSide,
  zSide: { serviceToken: { uuid } },
});
const vlansOn = async (port: string) =>
  (await api('GET', `/fabric/v4/ports/${port}/linkProtocols`)).body.data;
const tokenState = async (uuid: string) =>
  (await api('GET', `/fabric/v4/serviceTokens/${uuid}`)).body.state;

describe('redeeming with POST /fabric/v4/connections', () => {
  it('creates the connection (201) and the token becomes ACTIVE', async () => {
    const result = await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE));
    expect(result.status).toBe(201);
    expect(result.body.aSide.serviceToken).toMatchObject({
      uuid: TOKENS.ASIDE_DOT1Q_INACTIVE,
      href: expect.stringContaining(TOKENS.ASIDE_DOT1Q_INACTIVE),
    });
    expect(result.body.aSide.accessPoint).toMatchObject({
      type: 'COLO',
      port: { uuid: PORTS.SV_PRI_01, type: 'XF_PORT' },
      linkProtocol: { type: 'DOT1Q', vlanTag: 300 },
      location: { metroCode: 'SV' },
    });
    expect(result.body.operation.equinixStatus).toBe('PROVISIONING');
    const token = await api('GET', `/fabric/v4/serviceTokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
    expect(token.body.state).toBe('ACTIVE');
    expect(token.body.connection.uuid).toBe(result.body.uuid);
  });

  it('moves the VLAN reservation from the token to the connection', async () => {
    const result = await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE));
    const vlan300 = (await vlansOn(PORTS.SV_PRI_01)).find(
      (entry: { vlanTag?: number }) => entry.vlanTag === 300,
    );
    expect(vlan300.serviceToken).toBeUndefined();
    expect(vlan300.asset.uuid).toBe(result.body.uuid);
  });

  it('assigns the interface of a redeemed VD token', async () => {
    const interfaces = async () =>
      (await api('GET', `/ne/v1/devices/${DEVICES.SV_CSR_01}`)).body.interfaces;
    expect((await interfaces()).find((i: { id: number }) => i.id === 4).status).toBe('RESERVED');
    expect((await redeem(zsideRequest(TOKENS.ZSIDE_VD_INACTIVE, 200))).status).toBe(201);
    expect((await interfaces()).find((i: { id: number }) => i.id === 4).status).toBe('ASSIGNED');
  });

  it('reserves the VLAN the redeemer uses on its own port', async () => {
    const toNetwork = {
      ...zsideRequest(TOKENS.ZSIDE_NETWORK_EVPLAN, 1000, labPort(2222)),
      type: 'EVPLAN_VC',
    };
    expect((await redeem(toNetwork)).status).toBe(201);
    expect(
      (await vlansOn(PORTS.SV_LAB_01)).some(
        (entry: { vlanTag?: number }) => entry.vlanTag === 2222,
      ),
    ).toBe(true);
    expectRejected(
      await redeem(zsideRequest(TOKENS.ZSIDE_PORT_INACTIVE, 200, labPort(2222))),
      '/aSide/accessPoint/linkProtocol/vlanTag',
      'EQ-3142102',
    );
  });

  it('redeems once: a second redemption fails with EQ-3142532', async () => {
    expect((await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE))).status).toBe(201);
    expectRejected(
      await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE)),
      '/aSide/serviceToken/uuid',
      'EQ-3142532',
    );
  });

  it('refuses expired and deleted tokens with EQ-3142532', async () => {
    expectRejected(
      await redeem(asideRequest(TOKENS.EXPIRED_ASIDE, 100, 'NY')),
      '/aSide/serviceToken/uuid',
      'EQ-3142532',
    );
    await control('clock', { advanceHours: 3 });
    expectRejected(
      await redeem(asideRequest(TOKENS.EXPIRING_IN_2_HOURS, 100, 'SG')),
      '/aSide/serviceToken/uuid',
      'EQ-3142532',
    );
    expectRejected(
      await redeem(zsideRequest(TOKENS.DELETED_ZSIDE, 1000)),
      '/zSide/serviceToken/uuid',
      'EQ-3142532',
    );
  });

  it('refuses another metro when remote connections are not allowed (EQ-3142536)', async () => {
    expectRejected(
      await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_LOCAL_ONLY, 200, 'DC')),
      '/zSide/accessPoint/location/metroCode',
      'EQ-3142536',
    );
    expect((await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_LOCAL_ONLY, 200, 'SV'))).status).toBe(201);
  });

  it('allows another metro when the token allows remote connections', async () => {
    const result = await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE, 500, 'AM'));
    expect(result.status).toBe(201);
    expect(result.body.isRemote).toBe(true);
  });

  it('refuses a bandwidth above the token limit, or outside its list (EQ-3142535)', async () => {
    expectRejected(
      await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE, 2000)),
      '/bandwidth',
      'EQ-3142535',
    );
    expectRejected(
      await redeem(zsideRequest(TOKENS.ZSIDE_PORT_INACTIVE, 2000)),
      '/bandwidth',
      'EQ-3142535',
    );
  });

  it('refuses a token on the wrong side, an unknown token, and a type the token does not allow', async () => {
    const wrongSide = {
      ...asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE),
      aSide: labPort(2003),
      zSide: { serviceToken: { uuid: TOKENS.ASIDE_DOT1Q_INACTIVE } },
    };
    expectRejected(await redeem(wrongSide), '/zSide/serviceToken/uuid');
    expectRejected(
      await redeem(asideRequest('00000000-0000-4000-8000-000000000000')),
      '/aSide/serviceToken/uuid',
      'EQ-3034016',
    );
    expectRejected(
      await redeem({ ...asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE), type: 'EVPLAN_VC' }),
      '/type',
    );
  });

  it('checks the required fields of the connection', async () => {
    expectRejected(
      await redeem({ ...asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE), name: undefined }),
      '/name',
    );
    expectRejected(
      await redeem({ ...asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE), bandwidth: 20000 }),
      '/bandwidth',
    );
  });

  it('connects an A-side token to a Z-side token, and both become ACTIVE', async () => {
    const body = {
      type: 'EVPL_VC',
      name: 'token to token',
      bandwidth: 500,
      notifications,
      aSide: { serviceToken: { uuid: TOKENS.ASIDE_DOT1Q_INACTIVE } },
      zSide: { serviceToken: { uuid: TOKENS.ZSIDE_PORT_INACTIVE } },
    };
    const result = await redeem(body);
    expect(result.status).toBe(201);
    expect(result.body.zSide.accessPoint.port.uuid).toBe(PORTS.AM_PRI_01);
    expect(await tokenState(TOKENS.ASIDE_DOT1Q_INACTIVE)).toBe('ACTIVE');
    expect(await tokenState(TOKENS.ZSIDE_PORT_INACTIVE)).toBe('ACTIVE');
  });

  it('stores nothing on a dry run', async () => {
    const result = await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE), '?dryRun=true');
    expect(result.status).toBe(200);
    expect(await tokenState(TOKENS.ASIDE_DOT1Q_INACTIVE)).toBe('INACTIVE');
  });
});

describe('finding connections', () => {
  it('finds the connection of a token by /aSide/serviceToken/uuid and /zSide/serviceToken/uuid', async () => {
    const created = await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE));
    const search = (property: string, operator: string, values: string[]) =>
      api('POST', '/fabric/v4/connections/search', {
        body: { filter: { and: [{ property, operator, values }] } },
      });
    const byA = await search('/aSide/serviceToken/uuid', '=', [TOKENS.ASIDE_DOT1Q_INACTIVE]);
    expect(byA.body.data.map((c: { uuid: string }) => c.uuid)).toEqual([created.body.uuid]);
    const byZ = await search('/zSide/serviceToken/uuid', 'IN', [
      TOKENS.ACTIVE_ZSIDE_VD,
      TOKENS.ZSIDE_VD_INACTIVE,
    ]);
    expect(byZ.body.data).toHaveLength(1);
    expect(byZ.body.pagination.total).toBe(1);
    expectRejected(await search('/aSide/serviceToken/name', '=', ['x']), '/filter/and/0/property');
  });

  it('reads a connection by uuid, provisioned after a while', async () => {
    const created = await redeem(asideRequest(TOKENS.ASIDE_DOT1Q_INACTIVE));
    await control('clock', { advanceHours: 1 });
    const read = await api('GET', `/fabric/v4/connections/${created.body.uuid}`);
    expect(read.body.operation.equinixStatus).toBe('PROVISIONED');
    expectRejected(await api('GET', '/fabric/v4/connections/nope'), 'connectionId', 'EQ-3142519');
  });
});

describe('POST /__demo/redeem (act as the recipient)', () => {
  it('redeems a Z-side port token from a recipient port in the same metro', async () => {
    const result = await control('redeem', { serviceTokenId: TOKENS.ZSIDE_PORT_INACTIVE });
    expect(result.status).toBe(201);
    expect(result.body.aSide.accessPoint.location.metroCode).toBe('AM');
    expect(await tokenState(TOKENS.ZSIDE_PORT_INACTIVE)).toBe('ACTIVE');
  });

  it('fails with the API codes: remote not allowed, used twice', async () => {
    const remote = await control('redeem', {
      serviceTokenId: TOKENS.ASIDE_DOT1Q_LOCAL_ONLY,
      metroCode: 'LD',
    });
    expect(remote.status).toBe(400);
    expect(remote.body[0].errorCode).toBe('EQ-3142536');
    expect((await control('redeem', { serviceTokenId: TOKENS.ASIDE_QINQ_INACTIVE })).status).toBe(
      201,
    );
    expect(
      (await control('redeem', { serviceTokenId: TOKENS.ASIDE_QINQ_INACTIVE })).body[0].errorCode,
    ).toBe('EQ-3142532');
  });
});
