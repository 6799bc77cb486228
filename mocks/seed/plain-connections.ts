import type { Connection, LinkProtocol } from '@/api/types';
import { buildConnection, portAccessPoint, profileAccessPoint } from '../store/connection-factory';
import { DEMO_SERVICE_PROFILE, PORTS, PROJECT_MAIN } from './fixtures';
import { colleagues } from './people';
import { durations, pick, randomUuid } from './prng';
import type { SeedBuilder } from './seed-builder';

// Connections that hold VLANs without any token: the port already carries traffic.
// prettier-ignore
const holdings: [string, LinkProtocol, string][] = [
  [PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 100 }, 'sv-to-cloud-primary'],
  [PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 101 }, 'sv-to-cloud-backup'],
  [PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 102 }, 'sv-to-saas'],
  [PORTS.SV_SEC_01, { type: 'DOT1Q', vlanTag: 100 }, 'sv-to-cloud-secondary'],
  [PORTS.DC_PRI_01, { type: 'QINQ', vlanSTag: 100, vlanCTag: 10 }, 'dc-to-cloud-primary'],
  [PORTS.DC_PRI_01, { type: 'QINQ', vlanSTag: 100, vlanCTag: 11 }, 'dc-to-cloud-backup'],
  [PORTS.NY_PRI_01, { type: 'DOT1Q', vlanTag: 120 }, 'ny-to-saas'],
  [PORTS.AM_PRI_01, { type: 'DOT1Q', vlanTag: 200 }, 'am-to-cloud'],
  [PORTS.LD_PRI_01, { type: 'QINQ', vlanSTag: 200, vlanCTag: 20 }, 'ld-to-cloud'],
  [PORTS.SG_PRI_01, { type: 'DOT1Q', vlanTag: 150 }, 'sg-to-cloud'],
];

export function seedPlainConnections(builder: SeedBuilder): Connection[] {
  return holdings.map(([portUuid, protocol, name], index) => {
    const port = builder.port(portUuid);
    const linkProtocol = builder.allocator.claimVlan(port, protocol);
    const metro = port.location?.metroCode ?? 'SV';
    return buildConnection({
      uuid: randomUuid(builder.random),
      name,
      type: 'EVPL_VC',
      bandwidth: [50, 200, 500, 1000][index % 4] ?? 500,
      aSide: { accessPoint: portAccessPoint(port, linkProtocol) },
      zSide: { accessPoint: profileAccessPoint(DEMO_SERVICE_PROFILE, metro) },
      createdMs: builder.now - (150 + index * 9) * durations.day,
      creator: pick(builder.random, colleagues),
      projectId: PROJECT_MAIN,
      notifications: [{ type: 'ALL', emails: ['noc@demo-networks.example'] }],
      redundancy: {
        group: randomUuid(builder.random),
        priority: index % 2 === 0 ? 'PRIMARY' : 'SECONDARY',
      },
      isRemote: false,
      provisioned: true,
    });
  });
}
