import { DEVICES, NETWORKS, PORTS, PROJECT_LAB } from '../seed/fixtures';

/** Valid create requests of every kind; tests change one field at a time. */
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
const notifications = [{ type: 'ALL', emails: ['alice@partner.example', 'bob@partner.example'] }];

export const requests = {
  asideDot1q: () => ({
    type: 'VC_TOKEN',
    name: 'A-side dot1q',
    description: 'Created by a test',
    expirationDateTime: days(30),
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: true,
      bandwidthLimit: 1000,
      aSide: {
        accessPointSelectors: [
          {
            type: 'COLO',
            port: { uuid: PORTS.SV_PRI_01 },
            linkProtocol: { type: 'DOT1Q', vlanTag: 777 },
          },
        ],
      },
    },
    notifications,
  }),
  asideQinq: () => ({
    type: 'VC_TOKEN',
    expirationDateTime: days(30),
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: false,
      bandwidthLimit: 500,
      aSide: {
        accessPointSelectors: [
          {
            type: 'COLO',
            port: { uuid: PORTS.DC_PRI_01 },
            linkProtocol: { type: 'QINQ', vlanSTag: 777, vlanCTag: 77 },
          },
        ],
      },
    },
    notifications,
  }),
  zsidePort: () => ({
    type: 'VC_TOKEN',
    expirationDateTime: days(60),
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: true,
      supportedBandwidths: [50, 200, 1000],
      zSide: {
        accessPointSelectors: [
          {
            type: 'COLO',
            port: { uuid: PORTS.AM_PRI_01 },
            linkProtocol: { type: 'DOT1Q', vlanTag: 777 },
          },
        ],
      },
    },
    notifications,
  }),
  zsideUntagged: () => ({
    type: 'VC_TOKEN',
    expirationDateTime: days(60),
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: true,
      supportedBandwidths: [1000],
      zSide: {
        accessPointSelectors: [
          { type: 'COLO', port: { uuid: PORTS.DA_PRI_01 }, linkProtocol: { type: 'UNTAGGED' } },
        ],
      },
    },
    notifications,
  }),
  zsideDevice: (interfaceId?: number) => ({
    type: 'VC_TOKEN',
    expirationDateTime: days(60),
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: true,
      supportedBandwidths: [50, 500],
      zSide: {
        accessPointSelectors: [
          {
            type: 'VD',
            virtualDevice: { type: 'EDGE', uuid: DEVICES.SV_CSR_01 },
            interface:
              interfaceId === undefined
                ? { type: 'NETWORK' }
                : { type: 'NETWORK', id: interfaceId },
          },
        ],
      },
    },
    notifications,
  }),
  zsideNetwork: () => ({
    type: 'VC_TOKEN',
    expirationDateTime: days(60),
    connection: {
      type: 'EPLAN_VC',
      allowRemoteConnection: true,
      supportedBandwidths: [1000, 10000],
      zSide: {
        accessPointSelectors: [
          { type: 'NETWORK', network: { type: 'EPLAN', uuid: NETWORKS.EPLAN_AMER } },
        ],
      },
    },
    notifications,
  }),
  labAside: () => ({
    type: 'VC_TOKEN',
    expirationDateTime: days(10),
    project: { projectId: PROJECT_LAB },
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: true,
      bandwidthLimit: 200,
      aSide: {
        accessPointSelectors: [
          {
            type: 'COLO',
            port: { uuid: PORTS.SV_LAB_01 },
            linkProtocol: { type: 'DOT1Q', vlanTag: 900 },
          },
        ],
      },
    },
    notifications,
  }),
};

export const inDays = days;
