/**
 * Named seed fixtures the UI, the unit tests and the e2e suite can rely on. They never change
 * with the seed size; everything else in the seed is generated from a fixed PRNG seed.
 */
export const DEMO_BEARER = 'demo-bearer-fabric-manager';

export const DEMO_ACCOUNT = {
  accountNumber: 270848,
  accountName: 'Demo Networks Inc.',
  orgId: 91784,
  organizationName: 'Demo Networks',
  globalCustId: '0016u000003JZ4tAAG',
} as const;

export const DEMO_USER = {
  username: 'demo.engineer',
  fullName: 'Dana Engineer',
  email: 'dana.engineer@demo-networks.example',
} as const;

/** The default project (a create without `project` lands here) and a second one. */
export const PROJECT_MAIN = '3f9a6c52-8b1e-4d07-9c3a-5e2b7d4f1a60';
export const PROJECT_LAB = 'a81c4e77-2d9f-4b35-8e16-c0d4f2b9a3e8';
export const PROJECT_NAMES: Record<string, string> = {
  [PROJECT_MAIN]: 'Production network',
  [PROJECT_LAB]: 'Lab',
};

const portUuid = (n: number) => `b3e0a7c4-5d21-4f8a-9c6e-${String(n).padStart(12, '0')}`;
export const PORTS = {
  SV_PRI_01: portUuid(101), // SV DOT1Q 10G ACTIVE, primary of a pair, VLANs 100-102 held by connections
  SV_SEC_01: portUuid(102), // SV DOT1Q 10G ACTIVE, secondary of the pair
  DC_PRI_01: portUuid(103), // DC QINQ 10G ACTIVE, primary
  DC_SEC_01: portUuid(104), // DC QINQ 10G ACTIVE, secondary
  NY_PRI_01: portUuid(105), // NY DOT1Q 1G ACTIVE, only 500 Mbps available
  DA_PRI_01: portUuid(106), // DA UNTAGGED 10G ACTIVE, free
  DA_PRI_02: portUuid(107), // DA UNTAGGED 1G ACTIVE, held by an INACTIVE Z-side token
  AM_PRI_01: portUuid(108), // AM DOT1Q 100G ACTIVE, primary
  AM_SEC_01: portUuid(109), // AM DOT1Q 100G ACTIVE, secondary
  LD_PRI_01: portUuid(110), // LD QINQ 100G ACTIVE
  LD_PRI_02: portUuid(111), // LD DOT1Q 10G DEPROVISIONED
  SG_PRI_01: portUuid(112), // SG DOT1Q 10G ACTIVE
  SG_PRI_02: portUuid(113), // SG DOT1Q 1G PROVISIONING
  SV_LAB_01: portUuid(114), // lab: SV DOT1Q 1G ACTIVE
  AM_LAB_01: portUuid(115), // lab: AM QINQ 10G ACTIVE
  SG_LAB_01: portUuid(116), // lab: SG UNTAGGED 10G ACTIVE
  NY_LAB_01: portUuid(117), // lab: NY DOT1Q 10G PROVISIONING
  DC_LAB_01: portUuid(118), // lab: DC DOT1Q 10G ACTIVE, 2000 Mbps available
} as const;

const deviceUuid = (n: number) => `d7c2e5a9-4b18-4e6f-8a3d-${String(n).padStart(12, '0')}`;
export const DEVICES = {
  SV_CSR_01: deviceUuid(201), // sv-csr1000v-01, PROVISIONED, single
  DC_HA_PRI: deviceUuid(202), // dc-pa-vm-ha-pri, PROVISIONED, HA primary
  DC_HA_SEC: deviceUuid(203), // dc-pa-vm-ha-sec, PROVISIONED, HA secondary
  AM_FG_01: deviceUuid(204), // am-fortigate-01, PROVISIONED, single
  LD_C8K_FULL: deviceUuid(205), // ld-c8000v-full, PROVISIONED, no free data interface
  SG_VSRX_01: deviceUuid(206), // sg-vsrx-01, PROVISIONING
  NY_CSR_02: deviceUuid(207), // ny-csr1000v-02, DEPROVISIONED
  SY_HA_PRI: deviceUuid(208), // sy-vsrx-ha-pri, PROVISIONED, HA primary
  SY_HA_SEC: deviceUuid(209), // sy-vsrx-ha-sec, PROVISIONED, HA secondary
  TY_CSR_03: deviceUuid(210), // ty-csr1000v-03, INITIALIZING
  SV_LAB_CSR: deviceUuid(211), // lab: sv-lab-csr1000v, PROVISIONED
  FR_LAB_FG: deviceUuid(212), // lab: fr-lab-fortigate, PROVISIONED
} as const;

const networkUuid = (n: number) => `e4a9b2c1-6f3d-4a8e-9b57-${String(n).padStart(12, '0')}`;
export const NETWORKS = {
  EVPLAN_GLOBAL: networkUuid(301), // evplan-global-backbone, GLOBAL, ACTIVE
  EPLAN_AMER: networkUuid(302), // eplan-amer-regional, REGIONAL AMER, ACTIVE
  EVPTREE_EMEA: networkUuid(303), // evptree-emea-hub, REGIONAL EMEA, ACTIVE
  EPTREE_SV: networkUuid(304), // eptree-sv-local, LOCAL SV, ACTIVE
  EVPLAN_APAC_LAB: networkUuid(305), // lab: evplan-apac-lab, REGIONAL APAC, ACTIVE
  EVPLAN_RETIRED: networkUuid(306), // evplan-retired, GLOBAL, INACTIVE (not eligible)
} as const;

/** A service provider profile a redeemer can connect an A-side token to. */
export const DEMO_SERVICE_PROFILE = 'f1d0c0de-7a2b-4c3d-9e8f-000000000401';

const tokenUuid = (n: number) => `7e5d0c3a-91b2-4f6e-8d4c-${String(n).padStart(12, '0')}`;
/** Tokens the seed always contains, whatever its size (dates relative to the seed's "now"). */
export const TOKENS = {
  ASIDE_DOT1Q_INACTIVE: tokenUuid(1), // A-side, SV_PRI_01 VLAN 300, limit 1000 Mbps, remote allowed, 60 days left
  ASIDE_DOT1Q_LOCAL_ONLY: tokenUuid(2), // A-side, SV_SEC_01 VLAN 301, allowRemoteConnection false
  ASIDE_QINQ_INACTIVE: tokenUuid(3), // A-side, DC_PRI_01 S-tag 300 / C-tag 30
  ZSIDE_PORT_INACTIVE: tokenUuid(4), // Z-side, AM_PRI_01 VLAN 400, supportedBandwidths [50, 200, 500, 1000]
  ZSIDE_UNTAGGED_INACTIVE: tokenUuid(5), // Z-side, DA_PRI_02 untagged (the port is taken)
  ZSIDE_VD_INACTIVE: tokenUuid(6), // Z-side, SV_CSR_01 interface 4
  ZSIDE_VD_PAIR_PRIMARY: tokenUuid(7), // Z-side, DC_HA_PRI interface 3
  ZSIDE_VD_PAIR_SECONDARY: tokenUuid(8), // Z-side, DC_HA_SEC interface 3
  ZSIDE_NETWORK_EVPLAN: tokenUuid(9), // Z-side, EVPLAN_GLOBAL
  EXPIRING_IN_2_HOURS: tokenUuid(10), // A-side, SG_PRI_01 VLAN 310, expires 2 hours after the seed
  EXPIRING_IN_3_DAYS: tokenUuid(11), // Z-side, LD_PRI_01 S-tag 310 / C-tag 31
  ACTIVE_ASIDE: tokenUuid(12), // redeemed A-side token on SV_PRI_01 VLAN 302 (connection holds it)
  ACTIVE_ZSIDE_VD: tokenUuid(13), // redeemed Z-side token on AM_FG_01 interface 3 (ASSIGNED)
  EXPIRED_ASIDE: tokenUuid(14), // expired A-side token
  DELETED_ZSIDE: tokenUuid(15), // deleted Z-side port token
  LAB_ASIDE_INACTIVE: tokenUuid(16), // lab project, A-side, SV_LAB_01 VLAN 320
} as const;
