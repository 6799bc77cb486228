import type { Network } from '@/api/types';
import { DEMO_ACCOUNT, NETWORKS, PROJECT_LAB, PROJECT_MAIN } from './fixtures';
import { durations } from './prng';

export const networkHref = (uuid: string) => `https://api.equinix.com/fabric/v4/networks/${uuid}`;

interface NetworkRow {
  uuid: string;
  name: string;
  type: Network['type'];
  scope: Network['scope'];
  location?: Network['location'];
  state: Network['state'];
  projectId: string;
  connectionsCount: number;
}

// prettier-ignore
const networkRows: NetworkRow[] = [
  { uuid: NETWORKS.EVPLAN_GLOBAL, name: 'evplan-global-backbone', type: 'EVPLAN', scope: 'GLOBAL', state: 'ACTIVE', projectId: PROJECT_MAIN, connectionsCount: 6 },
  { uuid: NETWORKS.EPLAN_AMER, name: 'eplan-amer-regional', type: 'EPLAN', scope: 'REGIONAL', location: { region: 'AMER' }, state: 'ACTIVE', projectId: PROJECT_MAIN, connectionsCount: 3 },
  { uuid: NETWORKS.EVPTREE_EMEA, name: 'evptree-emea-hub', type: 'EVPTREE', scope: 'REGIONAL', location: { region: 'EMEA' }, state: 'ACTIVE', projectId: PROJECT_MAIN, connectionsCount: 4 },
  { uuid: NETWORKS.EPTREE_SV, name: 'eptree-sv-local', type: 'EPTREE', scope: 'LOCAL', location: { metroCode: 'SV', metroName: 'Silicon Valley', region: 'AMER', metroHref: 'https://api.equinix.com/fabric/v4/metros/SV' }, state: 'ACTIVE', projectId: PROJECT_MAIN, connectionsCount: 2 },
  { uuid: NETWORKS.EVPLAN_APAC_LAB, name: 'evplan-apac-lab', type: 'EVPLAN', scope: 'REGIONAL', location: { region: 'APAC' }, state: 'ACTIVE', projectId: PROJECT_LAB, connectionsCount: 1 },
  { uuid: NETWORKS.EVPLAN_RETIRED, name: 'evplan-retired', type: 'EVPLAN', scope: 'GLOBAL', state: 'INACTIVE', projectId: PROJECT_MAIN, connectionsCount: 0 },
];

export function seedNetworks(seededAt: number): Network[] {
  return networkRows.map((row, index) => {
    const created = new Date(seededAt - (200 + index * 23) * durations.day).toISOString();
    return {
      href: networkHref(row.uuid),
      uuid: row.uuid,
      type: row.type,
      name: row.name,
      scope: row.scope,
      ...(row.location ? { location: row.location } : {}),
      state: row.state,
      connectionsCount: row.connectionsCount,
      account: { ...DEMO_ACCOUNT },
      operation: { equinixStatus: row.state === 'ACTIVE' ? 'PROVISIONED' : 'NOT_PROVISIONED' },
      change: { uuid: `${row.uuid.slice(0, 24)}0000000009${index}0`, type: 'NETWORK_CREATION' },
      changeLog: {
        createdBy: 'alex.ops',
        createdByFullName: 'Alex Ops',
        createdByEmail: 'alex.ops@demo-networks.example',
        createdDateTime: created,
        updatedDateTime: created,
      },
      project: { projectId: row.projectId },
      notifications: [{ type: 'ALL', emails: ['noc@demo-networks.example'] }],
    };
  });
}
