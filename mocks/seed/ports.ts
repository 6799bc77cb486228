import type { Port } from '@/api/types';
import { DEMO_ACCOUNT, PORTS, PROJECT_LAB, PROJECT_MAIN } from './fixtures';
import { durations } from './prng';

type Encapsulation = 'DOT1Q' | 'QINQ' | 'UNTAGGED';
type Speed = 1000 | 10000 | 100000;

interface PortRow {
  uuid: string;
  metro: string;
  ibx: string;
  role: 'PRI' | 'SEC';
  number: number;
  encapsulation: Encapsulation;
  speed: Speed;
  state: 'ACTIVE' | 'PROVISIONING' | 'DEPROVISIONED';
  projectId: string;
  available: number;
  group?: string;
}

const metroNames: Record<string, { name: string; region: string }> = {
  SV: { name: 'Silicon Valley', region: 'AMER' },
  DC: { name: 'Ashburn', region: 'AMER' },
  NY: { name: 'New York', region: 'AMER' },
  DA: { name: 'Dallas', region: 'AMER' },
  AM: { name: 'Amsterdam', region: 'EMEA' },
  LD: { name: 'London', region: 'EMEA' },
  SG: { name: 'Singapore', region: 'APAC' },
};

// prettier-ignore
const portRows: PortRow[] = [
  { uuid: PORTS.SV_PRI_01, metro: 'SV', ibx: 'SV5', role: 'PRI', number: 1, encapsulation: 'DOT1Q', speed: 10000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 8000, group: 'sv-pair' },
  { uuid: PORTS.SV_SEC_01, metro: 'SV', ibx: 'SV5', role: 'SEC', number: 1, encapsulation: 'DOT1Q', speed: 10000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 9000, group: 'sv-pair' },
  { uuid: PORTS.DC_PRI_01, metro: 'DC', ibx: 'DC6', role: 'PRI', number: 1, encapsulation: 'QINQ', speed: 10000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 10000, group: 'dc-pair' },
  { uuid: PORTS.DC_SEC_01, metro: 'DC', ibx: 'DC6', role: 'SEC', number: 1, encapsulation: 'QINQ', speed: 10000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 10000, group: 'dc-pair' },
  { uuid: PORTS.NY_PRI_01, metro: 'NY', ibx: 'NY5', role: 'PRI', number: 1, encapsulation: 'DOT1Q', speed: 1000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 500 },
  { uuid: PORTS.DA_PRI_01, metro: 'DA', ibx: 'DA1', role: 'PRI', number: 1, encapsulation: 'UNTAGGED', speed: 10000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 10000 },
  { uuid: PORTS.DA_PRI_02, metro: 'DA', ibx: 'DA1', role: 'PRI', number: 2, encapsulation: 'UNTAGGED', speed: 1000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 1000 },
  { uuid: PORTS.AM_PRI_01, metro: 'AM', ibx: 'AM3', role: 'PRI', number: 1, encapsulation: 'DOT1Q', speed: 100000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 90000, group: 'am-pair' },
  { uuid: PORTS.AM_SEC_01, metro: 'AM', ibx: 'AM3', role: 'SEC', number: 1, encapsulation: 'DOT1Q', speed: 100000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 100000, group: 'am-pair' },
  { uuid: PORTS.LD_PRI_01, metro: 'LD', ibx: 'LD5', role: 'PRI', number: 1, encapsulation: 'QINQ', speed: 100000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 60000 },
  { uuid: PORTS.LD_PRI_02, metro: 'LD', ibx: 'LD5', role: 'PRI', number: 2, encapsulation: 'DOT1Q', speed: 10000, state: 'DEPROVISIONED', projectId: PROJECT_MAIN, available: 0 },
  { uuid: PORTS.SG_PRI_01, metro: 'SG', ibx: 'SG2', role: 'PRI', number: 1, encapsulation: 'DOT1Q', speed: 10000, state: 'ACTIVE', projectId: PROJECT_MAIN, available: 10000 },
  { uuid: PORTS.SG_PRI_02, metro: 'SG', ibx: 'SG2', role: 'PRI', number: 2, encapsulation: 'DOT1Q', speed: 1000, state: 'PROVISIONING', projectId: PROJECT_MAIN, available: 1000 },
  { uuid: PORTS.SV_LAB_01, metro: 'SV', ibx: 'SV5', role: 'PRI', number: 2, encapsulation: 'DOT1Q', speed: 1000, state: 'ACTIVE', projectId: PROJECT_LAB, available: 1000 },
  { uuid: PORTS.AM_LAB_01, metro: 'AM', ibx: 'AM3', role: 'PRI', number: 2, encapsulation: 'QINQ', speed: 10000, state: 'ACTIVE', projectId: PROJECT_LAB, available: 10000 },
  { uuid: PORTS.SG_LAB_01, metro: 'SG', ibx: 'SG2', role: 'PRI', number: 3, encapsulation: 'UNTAGGED', speed: 10000, state: 'ACTIVE', projectId: PROJECT_LAB, available: 10000 },
  { uuid: PORTS.NY_LAB_01, metro: 'NY', ibx: 'NY5', role: 'PRI', number: 2, encapsulation: 'DOT1Q', speed: 10000, state: 'PROVISIONING', projectId: PROJECT_LAB, available: 10000 },
  { uuid: PORTS.DC_LAB_01, metro: 'DC', ibx: 'DC6', role: 'PRI', number: 2, encapsulation: 'DOT1Q', speed: 10000, state: 'ACTIVE', projectId: PROJECT_LAB, available: 2000 },
];

const physicalType = { 1000: '1000BASE_LX', 10000: '10GBASE_LR', 100000: '100GBASE_LR4' } as const;

export const portHref = (uuid: string) => `https://api.equinix.com/fabric/v4/ports/${uuid}`;

export function seedPorts(seededAt: number): Port[] {
  return portRows.map((row, index) => {
    const name = `${DEMO_ACCOUNT.accountNumber}-${row.ibx}-CX-${row.role}-${String(row.number).padStart(2, '0')}`;
    const metro = metroNames[row.metro] ?? { name: row.metro, region: 'AMER' };
    const created = new Date(seededAt - (400 + index * 17) * durations.day).toISOString();
    const priority = row.role === 'PRI' ? 'PRIMARY' : 'SECONDARY';
    return {
      href: portHref(row.uuid),
      type: 'XF_PORT',
      uuid: row.uuid,
      name,
      description: `${metro.name} ${row.encapsulation} ${row.speed / 1000} Gbps port`,
      physicalPortsSpeed: row.speed,
      physicalPortsType: physicalType[row.speed],
      physicalPortsCount: 1,
      connectivitySourceType: 'COLO',
      project: { projectId: row.projectId },
      state: row.state,
      operation: {
        operationalStatus: row.state === 'ACTIVE' ? 'UP' : 'DOWN',
        opStatusChangedAt: created,
      },
      account: { ...DEMO_ACCOUNT },
      changeLog: { createdBy: 'alex.ops', createdDateTime: created, updatedDateTime: created },
      serviceCode: 'CX',
      bandwidth: row.speed,
      availableBandwidth: row.available,
      usedBandwidth: row.speed - row.available,
      location: {
        metroHref: `https://api.equinix.com/fabric/v4/metros/${row.metro}`,
        region: metro.region,
        metroName: metro.name,
        metroCode: row.metro,
        ibx: row.ibx,
      },
      device: {
        name: `${row.metro.toLowerCase()}${row.ibx.slice(2)}-cx-${row.role.toLowerCase()}-0${row.number}`,
        redundancy: { group: row.group ?? `${row.uuid.slice(-3)}-single`, priority },
        vcBandwidthMax: Math.min(row.speed, 50000),
      },
      demarcationPointIbx: row.ibx,
      tetherIbx: row.ibx,
      redundancy: { enabled: row.group !== undefined, priority },
      encapsulation: {
        type: row.encapsulation,
        tagProtocolId: row.encapsulation === 'QINQ' ? '0x88a8' : '0x8100',
      },
      lagEnabled: false,
      package: { code: 'STANDARD' },
      physicalPortQuantity: 1,
      physicalPorts: [
        {
          type: 'XF_PHYSICAL_PORT',
          state: row.state,
          interfaceSpeed: row.speed,
          interfaceType: physicalType[row.speed],
          tether: { crossConnectId: `${row.ibx}-XC-${1000 + index}`, ibx: row.ibx },
        },
      ],
    };
  });
}
