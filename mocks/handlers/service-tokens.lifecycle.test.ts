import { describe, expect, it } from 'vitest';
import { DEVICES, PORTS, TOKENS } from '../seed/fixtures';
import { api, control, expectRejected } from '../test/demo-api';
import { requests } from '../test/requests';

const token = (uuid: string) => api('GET', `/fabric/v4/serviceTokens/${uuid}`);
const remove = (uuid: string) => api('DELETE', `/fabric/v4/serviceTokens/${uuid}`);
const resend = (uuid: string, body: unknown = { type: 'RESEND_EMAIL_NOTIFICATION' }) =>
  api('POST', `/fabric/v4/serviceTokens/${uuid}/actions`, { body });
const vlansOn = async (port: string) =>
  (await api('GET', `/fabric/v4/ports/${port}/linkProtocols`)).body.data as {
    vlanTag?: number;
    serviceToken?: { uuid: string };
  }[];
const interfaceStatus = async (device: string, id: number) =>
  (await api('GET', `/ne/v1/devices/${device}`)).body.interfaces.find(
    (item: { id: number }) => item.id === id,
  ).status;

describe('GET /fabric/v4/serviceTokens/{id}', () => {
  it('answers 400 EQ-3034016 naming tokenUuid for an unknown token', async () => {
    const result = await token('00000000-0000-4000-8000-000000000000');
    expectRejected(result, 'tokenUuid', 'EQ-3034016');
    expect(result.body[0].correlationId).toBe(result.headers.get('x-correlation-id'));
  });
});

describe('DELETE /fabric/v4/serviceTokens/{id}', () => {
  it('soft-deletes: 200 with the token, DELETED, deletion recorded, VLAN freed', async () => {
    expect(
      (await vlansOn(PORTS.SV_PRI_01)).some(
        (v) => v.serviceToken?.uuid === TOKENS.ASIDE_DOT1Q_INACTIVE,
      ),
    ).toBe(true);
    const result = await remove(TOKENS.ASIDE_DOT1Q_INACTIVE);
    expect(result.status).toBe(200);
    expect(result.body.state).toBe('DELETED');
    expect(result.body.changeLog).toMatchObject({
      deletedBy: 'demo.engineer',
      deletedDateTime: expect.any(String),
    });
    expect((await token(TOKENS.ASIDE_DOT1Q_INACTIVE)).body.state).toBe('DELETED');
    expect((await vlansOn(PORTS.SV_PRI_01)).some((v) => v.vlanTag === 300)).toBe(false);
  });

  it('frees the device interface of a deleted VD token', async () => {
    expect(await interfaceStatus(DEVICES.SV_CSR_01, 4)).toBe('RESERVED');
    await remove(TOKENS.ZSIDE_VD_INACTIVE);
    expect(await interfaceStatus(DEVICES.SV_CSR_01, 4)).toBe('AVAILABLE');
  });

  it('refuses to delete an ACTIVE token, with a clear message', async () => {
    const result = await remove(TOKENS.ACTIVE_ASIDE);
    expectRejected(result, 'tokenUuid');
    expect(result.body[0].errorMessage).toMatch(/in use by a connection/);
  });

  it('answers EQ-3034019 for a token already deleted, and refuses an EXPIRED one', async () => {
    expectRejected(await remove(TOKENS.DELETED_ZSIDE), 'tokenUuid', 'EQ-3034019');
    expectRejected(await remove(TOKENS.EXPIRED_ASIDE), 'tokenUuid');
  });

  it('answers EQ-3034016 for an unknown token', async () => {
    expectRejected(await remove('00000000-0000-4000-8000-000000000000'), 'tokenUuid', 'EQ-3034016');
  });
});

describe('POST /fabric/v4/serviceTokens/{id}/actions', () => {
  it('resends an INACTIVE token: 202 with the token', async () => {
    const result = await resend(TOKENS.ZSIDE_PORT_INACTIVE);
    expect(result.status).toBe(202);
    expect(result.body.uuid).toBe(TOKENS.ZSIDE_PORT_INACTIVE);
  });

  it('refuses other actions and tokens that are not INACTIVE', async () => {
    expectRejected(await resend(TOKENS.ZSIDE_PORT_INACTIVE, { type: 'ACCEPT' }), '/type');
    expectRejected(await resend(TOKENS.ACTIVE_ASIDE), 'tokenUuid');
    expectRejected(await resend('00000000-0000-4000-8000-000000000000'), 'tokenUuid', 'EQ-3034016');
  });
});

describe('the clock', () => {
  it('expires an INACTIVE token once its date passes and frees its VLAN', async () => {
    expect((await token(TOKENS.EXPIRING_IN_2_HOURS)).body.state).toBe('INACTIVE');
    expect((await vlansOn(PORTS.SG_PRI_01)).some((v) => v.vlanTag === 310)).toBe(true);
    await control('clock', { advanceHours: 3 });
    const expired = await token(TOKENS.EXPIRING_IN_2_HOURS);
    expect(expired.body.state).toBe('EXPIRED');
    expect(expired.body.changeLog.updatedDateTime).toBe(expired.body.expirationDateTime);
    expect((await vlansOn(PORTS.SG_PRI_01)).some((v) => v.vlanTag === 310)).toBe(false);
  });

  it('expires tokens the user created, and frees their interface', async () => {
    const created = await api('POST', '/fabric/v4/serviceTokens', {
      body: requests.zsideDevice(10),
    });
    expect(await interfaceStatus(DEVICES.SV_CSR_01, 10)).toBe('RESERVED');
    await control('clock', { advanceDays: 61 });
    expect((await token(created.body.uuid)).body.state).toBe('EXPIRED');
    expect(await interfaceStatus(DEVICES.SV_CSR_01, 10)).toBe('AVAILABLE');
  });

  it('does not touch tokens that are not INACTIVE', async () => {
    await control('clock', { advanceDays: 200 });
    expect((await token(TOKENS.ACTIVE_ASIDE)).body.state).toBe('ACTIVE');
    expect((await token(TOKENS.DELETED_ZSIDE)).body.state).toBe('DELETED');
  });
});
