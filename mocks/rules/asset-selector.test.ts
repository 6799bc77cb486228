import { describe, expect, it } from 'vitest';
import { DEVICES, NETWORKS, PORTS, PROJECT_LAB } from '../seed/fixtures';
import { api, expectRejected } from '../test/demo-api';
import { requests } from '../test/requests';

const create = (body: unknown) => api('POST', '/fabric/v4/serviceTokens', { body });
const aSelector = '/connection/aSide/accessPointSelectors/0';
const zSelector = '/connection/zSide/accessPointSelectors/0';

const portToken = (port: string, linkProtocol: object, side: 'aSide' | 'zSide' = 'aSide') => {
  const base = side === 'aSide' ? requests.asideDot1q() : requests.zsidePort();
  return {
    ...base,
    connection: {
      ...base.connection,
      [side]: { accessPointSelectors: [{ type: 'COLO', port: { uuid: port }, linkProtocol }] },
    },
  };
};
const deviceToken = (device: string, chosen: object = { type: 'NETWORK' }) => {
  const base = requests.zsideDevice();
  const selector = { type: 'VD', virtualDevice: { type: 'EDGE', uuid: device }, interface: chosen };
  return {
    ...base,
    connection: { ...base.connection, zSide: { accessPointSelectors: [selector] } },
  };
};
const networkToken = (uuid: string, type: string, connectionType = `${type}_VC`) => {
  const base = requests.zsideNetwork();
  return {
    ...base,
    connection: {
      ...base.connection,
      type: connectionType,
      zSide: { accessPointSelectors: [{ type: 'NETWORK', network: { type, uuid } }] },
    },
  };
};

describe('create: ports and VLANs', () => {
  it('keeps VLAN tags within 2..4092', async () => {
    expectRejected(
      await create(portToken(PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 1 })),
      `${aSelector}/linkProtocol/vlanTag`,
    );
    expectRejected(
      await create(portToken(PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 4093 })),
      `${aSelector}/linkProtocol/vlanTag`,
    );
    expectRejected(
      await create(portToken(PORTS.DC_PRI_01, { type: 'QINQ', vlanSTag: 5000, vlanCTag: 10 })),
      `${aSelector}/linkProtocol/vlanSTag`,
    );
  });

  it('refuses a VLAN already reserved on the port with EQ-3142102', async () => {
    // VLAN 100 is held by a connection, 300 by a seed token.
    expectRejected(
      await create(portToken(PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 100 })),
      `${aSelector}/linkProtocol/vlanTag`,
      'EQ-3142102',
    );
    expectRejected(
      await create(portToken(PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 300 })),
      `${aSelector}/linkProtocol/vlanTag`,
      'EQ-3142102',
    );
    const pair = await create(
      portToken(PORTS.DC_PRI_01, { type: 'QINQ', vlanSTag: 300, vlanCTag: 30 }),
    );
    expectRejected(pair, `${aSelector}/linkProtocol/vlanSTag`, 'EQ-3142102');
    expectRejected(pair, `${aSelector}/linkProtocol/vlanCTag`, 'EQ-3142102');
  });

  it('refuses a second token for a VLAN a new token just reserved', async () => {
    expect((await create(requests.asideDot1q())).status).toBe(201);
    expectRejected(
      await create(requests.asideDot1q()),
      `${aSelector}/linkProtocol/vlanTag`,
      'EQ-3142102',
    );
  });

  it('needs both S-tag and C-tag on a QinQ port, and no vlanTag', async () => {
    expectRejected(
      await create(portToken(PORTS.DC_PRI_01, { type: 'QINQ', vlanSTag: 700 })),
      `${aSelector}/linkProtocol/vlanCTag`,
    );
    expectRejected(
      await create(portToken(PORTS.DC_PRI_01, { type: 'QINQ', vlanCTag: 70 })),
      `${aSelector}/linkProtocol/vlanSTag`,
    );
    expectRejected(
      await create(
        portToken(PORTS.DC_PRI_01, { type: 'QINQ', vlanSTag: 700, vlanCTag: 70, vlanTag: 7 }),
      ),
      `${aSelector}/linkProtocol/vlanTag`,
    );
  });

  it('refuses a link protocol that does not match the port', async () => {
    expectRejected(
      await create(portToken(PORTS.DC_PRI_01, { type: 'DOT1Q', vlanTag: 700 })),
      `${aSelector}/linkProtocol/type`,
    );
    expectRejected(
      await create(portToken(PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 700, vlanSTag: 5 })),
      `${aSelector}/linkProtocol/vlanSTag`,
    );
  });

  it('refuses a tag on an untagged port, and a second token on a taken untagged port', async () => {
    expectRejected(
      await create(portToken(PORTS.DA_PRI_01, { type: 'UNTAGGED', vlanTag: 5 }, 'zSide')),
      `${zSelector}/linkProtocol/vlanTag`,
    );
    expectRejected(
      await create(portToken(PORTS.DA_PRI_02, { type: 'UNTAGGED' }, 'zSide')),
      `${zSelector}/port/uuid`,
      'EQ-3142102',
    );
  });

  it('refuses an unknown port, one in another project, and one that is not ACTIVE', async () => {
    expectRejected(
      await create(
        portToken('00000000-0000-4000-8000-000000000000', { type: 'DOT1Q', vlanTag: 700 }),
      ),
      `${aSelector}/port/uuid`,
    );
    expectRejected(
      await create(portToken(PORTS.SV_LAB_01, { type: 'DOT1Q', vlanTag: 700 })),
      `${aSelector}/port/uuid`,
    );
    expectRejected(
      await create(portToken(PORTS.SG_PRI_02, { type: 'DOT1Q', vlanTag: 700 })),
      `${aSelector}/port/uuid`,
    );
    expectRejected(
      await create(portToken(PORTS.LD_PRI_02, { type: 'DOT1Q', vlanTag: 700 })),
      `${aSelector}/port/uuid`,
    );
  });
});

describe('create: virtual devices', () => {
  it('refuses a device that is not PROVISIONED, or in another project', async () => {
    expectRejected(
      await create(deviceToken(DEVICES.SG_VSRX_01)),
      `${zSelector}/virtualDevice/uuid`,
    );
    expectRejected(
      await create(deviceToken(DEVICES.SV_LAB_CSR)),
      `${zSelector}/virtualDevice/uuid`,
    );
    expectRejected(
      await create(deviceToken('00000000-0000-4000-8000-000000000000')),
      `${zSelector}/virtualDevice/uuid`,
    );
  });

  it('refuses an interface that is not AVAILABLE, not DATA, or unknown', async () => {
    expectRejected(
      await create(deviceToken(DEVICES.SV_CSR_01, { type: 'NETWORK', id: 3 })),
      `${zSelector}/interface/id`,
    ); // ASSIGNED
    expectRejected(
      await create(deviceToken(DEVICES.SV_CSR_01, { type: 'NETWORK', id: 4 })),
      `${zSelector}/interface/id`,
    ); // RESERVED by a token
    expectRejected(
      await create(deviceToken(DEVICES.SV_CSR_01, { type: 'NETWORK', id: 1 })),
      `${zSelector}/interface/id`,
    ); // MGMT
    expectRejected(
      await create(deviceToken(DEVICES.SV_CSR_01, { type: 'NETWORK', id: 42 })),
      `${zSelector}/interface/id`,
    );
  });

  it('answers "no free interface" for next available on a full device', async () => {
    expectRejected(await create(deviceToken(DEVICES.LD_C8K_FULL)), `${zSelector}/interface`);
  });

  it('needs the EDGE and NETWORK enum values', async () => {
    const base = deviceToken(DEVICES.SV_CSR_01);
    const selector = {
      type: 'VD',
      virtualDevice: { uuid: DEVICES.SV_CSR_01 },
      interface: { type: 'NETWORK' },
    };
    expectRejected(
      await create({
        ...base,
        connection: { ...base.connection, zSide: { accessPointSelectors: [selector] } },
      }),
      `${zSelector}/virtualDevice/type`,
    );
    expectRejected(
      await create(deviceToken(DEVICES.SV_CSR_01, { type: 'CLOUD' })),
      `${zSelector}/interface/type`,
    );
  });
});

describe('create: networks', () => {
  it('refuses an INACTIVE network, a type that does not match, and an unknown one', async () => {
    expectRejected(
      await create(networkToken(NETWORKS.EVPLAN_RETIRED, 'EVPLAN')),
      `${zSelector}/network/uuid`,
    );
    expectRejected(
      await create(networkToken(NETWORKS.EPLAN_AMER, 'EVPLAN')),
      `${zSelector}/network/type`,
    );
    expectRejected(
      await create(networkToken('00000000-0000-4000-8000-000000000000', 'EPLAN')),
      `${zSelector}/network/uuid`,
    );
  });

  it('creates the connection type that matches the network type', async () => {
    expect((await create(networkToken(NETWORKS.EVPTREE_EMEA, 'EVPTREE'))).status).toBe(201);
    expectRejected(
      await create(networkToken(NETWORKS.EVPTREE_EMEA, 'EVPTREE', 'EVPL_VC')),
      '/connection/type',
    );
  });

  it('is a lab-project token when asked', async () => {
    const lab = {
      ...networkToken(NETWORKS.EVPLAN_APAC_LAB, 'EVPLAN'),
      project: { projectId: PROJECT_LAB },
    };
    expect((await create(lab)).status).toBe(201);
  });
});
