import type { components } from '@/api/schema.gen';
import { DEMO_ACCOUNT, DEVICES, PROJECT_LAB, PROJECT_MAIN } from './fixtures';

type NeDevice = components['schemas']['NeDevice'];
type NeDeviceInterface = components['schemas']['NeDeviceInterface'];
type DataStatus = 'AVAILABLE' | 'RESERVED' | 'ASSIGNED';

interface DeviceRow {
  uuid: string;
  name: string;
  type: keyof typeof deviceTypes;
  metro: string;
  status: NeDevice['status'];
  projectId: string;
  redundancy?: { type: 'PRIMARY' | 'SECONDARY'; partner: string };
  /** Interfaces 3..10 taken by something outside the demo (a connection to a provider). */
  taken?: Partial<Record<number, DataStatus>>;
}

const deviceTypes = {
  CSR1000V: { name: 'CSR 1000V', vendor: 'Cisco', category: 'ROUTER', throughput: '500' },
  C8000V: { name: 'Catalyst 8000V', vendor: 'Cisco', category: 'ROUTER', throughput: '1000' },
  'PA-VM': {
    name: 'Palo Alto Networks VM-Series',
    vendor: 'Palo Alto Networks',
    category: 'FIREWALL',
    throughput: '1000',
  },
  'FG-VM': {
    name: 'FortiGate Virtual Firewall',
    vendor: 'Fortinet',
    category: 'FIREWALL',
    throughput: '500',
  },
  VSRX: {
    name: 'Juniper vSRX',
    vendor: 'Juniper Networks',
    category: 'FIREWALL',
    throughput: '1000',
  },
} as const;

const metros: Record<string, { name: string; ibx: string; region: string }> = {
  SV: { name: 'Silicon Valley', ibx: 'SV5', region: 'AMER' },
  DC: { name: 'Ashburn', ibx: 'DC6', region: 'AMER' },
  NY: { name: 'New York', ibx: 'NY5', region: 'AMER' },
  AM: { name: 'Amsterdam', ibx: 'AM3', region: 'EMEA' },
  LD: { name: 'London', ibx: 'LD5', region: 'EMEA' },
  FR: { name: 'Frankfurt', ibx: 'FR4', region: 'EMEA' },
  SG: { name: 'Singapore', ibx: 'SG2', region: 'APAC' },
  TY: { name: 'Tokyo', ibx: 'TY2', region: 'APAC' },
  SY: { name: 'Sydney', ibx: 'SY4', region: 'APAC' },
};

const provider = 'ASSIGNED' as const;
// prettier-ignore
const deviceRows: DeviceRow[] = [
  { uuid: DEVICES.SV_CSR_01, name: 'sv-csr1000v-01', type: 'CSR1000V', metro: 'SV', status: 'PROVISIONED', projectId: PROJECT_MAIN, taken: { 3: provider } },
  { uuid: DEVICES.DC_HA_PRI, name: 'dc-pa-vm-ha-pri', type: 'PA-VM', metro: 'DC', status: 'PROVISIONED', projectId: PROJECT_MAIN, redundancy: { type: 'PRIMARY', partner: DEVICES.DC_HA_SEC } },
  { uuid: DEVICES.DC_HA_SEC, name: 'dc-pa-vm-ha-sec', type: 'PA-VM', metro: 'DC', status: 'PROVISIONED', projectId: PROJECT_MAIN, redundancy: { type: 'SECONDARY', partner: DEVICES.DC_HA_PRI } },
  { uuid: DEVICES.AM_FG_01, name: 'am-fortigate-01', type: 'FG-VM', metro: 'AM', status: 'PROVISIONED', projectId: PROJECT_MAIN, taken: { 8: 'RESERVED' } },
  { uuid: DEVICES.LD_C8K_FULL, name: 'ld-c8000v-full', type: 'C8000V', metro: 'LD', status: 'PROVISIONED', projectId: PROJECT_MAIN, taken: { 3: provider, 4: provider, 5: provider, 6: provider, 7: 'RESERVED', 8: 'RESERVED', 9: provider, 10: provider } },
  { uuid: DEVICES.SG_VSRX_01, name: 'sg-vsrx-01', type: 'VSRX', metro: 'SG', status: 'PROVISIONING', projectId: PROJECT_MAIN },
  { uuid: DEVICES.NY_CSR_02, name: 'ny-csr1000v-02', type: 'CSR1000V', metro: 'NY', status: 'DEPROVISIONED', projectId: PROJECT_MAIN },
  { uuid: DEVICES.SY_HA_PRI, name: 'sy-vsrx-ha-pri', type: 'VSRX', metro: 'SY', status: 'PROVISIONED', projectId: PROJECT_MAIN, redundancy: { type: 'PRIMARY', partner: DEVICES.SY_HA_SEC }, taken: { 3: provider } },
  { uuid: DEVICES.SY_HA_SEC, name: 'sy-vsrx-ha-sec', type: 'VSRX', metro: 'SY', status: 'PROVISIONED', projectId: PROJECT_MAIN, redundancy: { type: 'SECONDARY', partner: DEVICES.SY_HA_PRI }, taken: { 3: provider } },
  { uuid: DEVICES.TY_CSR_03, name: 'ty-csr1000v-03', type: 'CSR1000V', metro: 'TY', status: 'INITIALIZING', projectId: PROJECT_MAIN },
  { uuid: DEVICES.SV_LAB_CSR, name: 'sv-lab-csr1000v', type: 'CSR1000V', metro: 'SV', status: 'PROVISIONED', projectId: PROJECT_LAB },
  { uuid: DEVICES.FR_LAB_FG, name: 'fr-lab-fortigate', type: 'FG-VM', metro: 'FR', status: 'PROVISIONED', projectId: PROJECT_LAB, taken: { 3: 'RESERVED' } },
];

function interfacesOf(row: DeviceRow, index: number): NeDeviceInterface[] {
  const managed = (id: number, type: 'MGMT' | 'SSH'): NeDeviceInterface => ({
    id,
    name: null,
    status: null,
    operationalStatus: null,
    macAddress: null,
    ipAddress: null,
    assignedType: 'Equinix Managed',
    type,
  });
  const data = Array.from({ length: 8 }, (_, offset): NeDeviceInterface => {
    const id = offset + 3;
    const status = row.taken?.[id] ?? 'AVAILABLE';
    return {
      id,
      name: `ethernet1/${id - 2}`,
      status,
      operationalStatus: status === 'ASSIGNED' ? 'up' : 'down',
      macAddress: `fa:16:3e:${(index + 16).toString(16)}:0${id - 3}:${(id * 7).toString(16).padStart(2, '0')}`,
      ipAddress: null,
      assignedType: status === 'AVAILABLE' ? '' : 'Connection to Network Service Provider',
      type: 'DATA',
    };
  });
  return [managed(1, 'MGMT'), managed(2, 'SSH'), ...data];
}

export function seedDevices(): NeDevice[] {
  return deviceRows.map((row, index) => {
    const type = deviceTypes[row.type];
    const metro = metros[row.metro] ?? { name: row.metro, ibx: `${row.metro}1`, region: 'AMER' };
    return {
      uuid: row.uuid,
      name: row.name,
      deviceTypeCode: row.type,
      deviceTypeName: type.name,
      deviceTypeVendor: type.vendor,
      deviceTypeCategory: type.category,
      status: row.status,
      licenseStatus: row.status === 'PROVISIONED' ? 'REGISTERED' : 'APPLYING_LICENSE',
      metroCode: row.metro,
      metroName: metro.name,
      ibx: metro.ibx,
      region: metro.region,
      throughput: type.throughput,
      throughputUnit: 'Mbps',
      accountNumber: String(DEMO_ACCOUNT.accountNumber),
      accountName: DEMO_ACCOUNT.accountName,
      projectId: row.projectId,
      ...(row.redundancy
        ? { redundancyType: row.redundancy.type, redundantUuid: row.redundancy.partner }
        : { redundancyType: 'PRIMARY' as const }),
      interfaceCount: 10,
      deviceManagementType: 'EQUINIX-CONFIGURED',
      sshInterfaceId: '2',
      interfaces: interfacesOf(row, index),
    };
  });
}
