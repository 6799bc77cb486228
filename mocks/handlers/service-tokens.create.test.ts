import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEVICES, PORTS, PROJECT_LAB, PROJECT_MAIN } from '../seed/fixtures';
import { api } from '../test/demo-api';
import { requests } from '../test/requests';

const create = (body: unknown, query = '') =>
  api('POST', `/fabric/v4/serviceTokens${query}`, { body });

describe('POST /fabric/v4/serviceTokens', () => {
  it('creates an INACTIVE A-side DOT1Q token with everything the server adds', async () => {
    const { status, body } = await create(requests.asideDot1q());
    expect(status).toBe(201);
    expect(body.state).toBe('INACTIVE');
    expect(body.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.href).toBe(`https://api.equinix.com/fabric/v4/serviceTokens/${body.uuid}`);
    expect(body.account.accountNumber).toBe(DEMO_ACCOUNT.accountNumber);
    expect(body.project).toEqual({ projectId: PROJECT_MAIN });
    expect(body.changeLog).toMatchObject({
      createdBy: 'demo.engineer',
      createdByFullName: 'Dana Engineer',
    });
    expect(Date.parse(body.changeLog.createdDateTime)).toBeGreaterThan(Date.now() - 60_000);
    const selector = body.connection.aSide.accessPointSelectors[0];
    expect(selector.port).toMatchObject({
      uuid: PORTS.SV_PRI_01,
      type: 'XF_PORT',
      portName: '270848-SV5-CX-PRI-01',
      href: expect.stringContaining(PORTS.SV_PRI_01),
    });
    expect(selector.linkProtocol).toEqual({ type: 'DOT1Q', vlanTag: 777 });
    expect(body.connection.bandwidthLimit).toBe(1000);
    const read = await api('GET', `/fabric/v4/serviceTokens/${body.uuid}`);
    expect(read.body).toEqual(body);
  });

  it('creates QinQ, Z-side port, untagged and network tokens', async () => {
    for (const request of [
      requests.asideQinq(),
      requests.zsidePort(),
      requests.zsideUntagged(),
      requests.zsideNetwork(),
    ]) {
      const { status, body } = await create(request);
      expect(status, JSON.stringify(body)).toBe(201);
      expect(body.state).toBe('INACTIVE');
    }
  });

  it('enriches a network selector with href, name, scope and location', async () => {
    const { body } = await create(requests.zsideNetwork());
    expect(body.connection.zSide.accessPointSelectors[0].network).toMatchObject({
      type: 'EPLAN',
      name: 'eplan-amer-regional',
      scope: 'REGIONAL',
      location: { region: 'AMER' },
      href: expect.stringContaining('/fabric/v4/networks/'),
    });
  });

  it('creates in the project of the request', async () => {
    const { status, body } = await create(requests.labAside());
    expect(status).toBe(201);
    expect(body.project.projectId).toBe(PROJECT_LAB);
  });

  it('reserves the VLAN on the port: linkProtocols lists it, held by the token', async () => {
    const { body } = await create(requests.asideDot1q());
    const vlans = await api('GET', `/fabric/v4/ports/${PORTS.SV_PRI_01}/linkProtocols`);
    expect(vlans.body.data).toContainEqual(
      expect.objectContaining({
        vlanTag: 777,
        state: 'RESERVED',
        serviceToken: expect.objectContaining({ uuid: body.uuid, type: 'TOKEN' }),
      }),
    );
  });

  it('picks the lowest AVAILABLE data interface for "next available" and reserves it', async () => {
    const before = await api('GET', `/ne/v1/devices/${DEVICES.SV_CSR_01}`);
    const free = before.body.interfaces.filter(
      (i: { type: string; status: string }) => i.type === 'DATA' && i.status === 'AVAILABLE',
    );
    const lowest = Math.min(...free.map((i: { id: number }) => i.id));
    const { status, body } = await create(requests.zsideDevice());
    expect(status).toBe(201);
    const selector = body.connection.zSide.accessPointSelectors[0];
    expect(selector.interface).toMatchObject({
      type: 'NETWORK',
      id: lowest,
      uuid: expect.any(String),
    });
    expect(selector.virtualDevice).toMatchObject({ name: 'sv-csr1000v-01', type: 'EDGE' });
    const after = await api('GET', `/ne/v1/devices/${DEVICES.SV_CSR_01}`);
    expect(after.body.interfaces.find((i: { id: number }) => i.id === lowest).status).toBe(
      'RESERVED',
    );
  });

  it('takes a specific interface when the id is sent', async () => {
    const { status, body } = await create(requests.zsideDevice(9));
    expect(status).toBe(201);
    expect(body.connection.zSide.accessPointSelectors[0].interface.id).toBe(9);
  });

  it('answers a dry run with 200 and stores nothing', async () => {
    const before = await api('POST', '/fabric/v4/serviceTokens/search', {
      body: { pagination: { limit: 1 } },
    });
    const { status, body } = await create(requests.asideDot1q(), '?dryRun=true');
    expect(status).toBe(200);
    expect(body.uuid).toBeUndefined();
    expect(body.state).toBeUndefined();
    expect(body.connection.aSide.accessPointSelectors[0].port.href).toContain(PORTS.SV_PRI_01);
    const after = await api('POST', '/fabric/v4/serviceTokens/search', {
      body: { pagination: { limit: 1 } },
    });
    expect(after.body.pagination.total).toBe(before.body.pagination.total);
    const vlans = await api('GET', `/fabric/v4/ports/${PORTS.SV_PRI_01}/linkProtocols`);
    expect(vlans.body.data.map((entry: { vlanTag?: number }) => entry.vlanTag)).not.toContain(777);
  });

  it('lists a new token first (newest first)', async () => {
    const { body } = await create(requests.zsidePort());
    const list = await api('GET', '/fabric/v4/serviceTokens?limit=1');
    expect(list.body.data[0].uuid).toBe(body.uuid);
  });
});
