import { DEVICES, NETWORKS, PORTS, PROJECT_LAB, TOKENS } from './fixtures';
import type { Phone } from '@/api/types';
import type { SeedBuilder, TokenRecipe } from './seed-builder';

const all = [50, 200, 500, 1000, 2000, 5000, 10000];
const nocPhones: Phone[] = [
  {
    type: 'MOBILE',
    number: '+14155550123',
    contactPreference: { timezone: 'America/Los_Angeles', availability: 'WORK_HOURS' },
  },
  { type: 'OFFICE', number: '+442079460018', contactPreference: { availability: 'ANYTIME' } },
];

/** The named fixture tokens (see fixtures.ts), in every kind and state. */
export function fixtureRecipes(b: SeedBuilder): TokenRecipe[] {
  // prettier-ignore
  return [
    { uuid: TOKENS.ASIDE_DOT1Q_INACTIVE, side: 'aSide', asset: b.portAsset(PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 300 }), state: 'INACTIVE', createdDaysAgo: 5, expiresInDays: 60, bandwidthLimit: 1000 },
    { uuid: TOKENS.ASIDE_DOT1Q_LOCAL_ONLY, side: 'aSide', asset: b.portAsset(PORTS.SV_SEC_01, { type: 'DOT1Q', vlanTag: 301 }), state: 'INACTIVE', createdDaysAgo: 2, expiresInDays: 30, bandwidthLimit: 500, remote: false },
    { uuid: TOKENS.ASIDE_QINQ_INACTIVE, side: 'aSide', asset: b.portAsset(PORTS.DC_PRI_01, { type: 'QINQ', vlanSTag: 300, vlanCTag: 30 }), state: 'INACTIVE', createdDaysAgo: 10, expiresInDays: 45, bandwidthLimit: 2000 },
    { uuid: TOKENS.ZSIDE_PORT_INACTIVE, side: 'zSide', asset: b.portAsset(PORTS.AM_PRI_01, { type: 'DOT1Q', vlanTag: 400 }), state: 'INACTIVE', createdDaysAgo: 1, expiresInDays: 80, supportedBandwidths: [50, 200, 500, 1000] },
    { uuid: TOKENS.ZSIDE_UNTAGGED_INACTIVE, side: 'zSide', asset: b.portAsset(PORTS.DA_PRI_02, { type: 'UNTAGGED' }), state: 'INACTIVE', createdDaysAgo: 3, expiresInDays: 20, supportedBandwidths: [50, 200, 500, 1000] },
    { uuid: TOKENS.ZSIDE_VD_INACTIVE, side: 'zSide', asset: b.deviceAsset(DEVICES.SV_CSR_01, true, 4), state: 'INACTIVE', createdDaysAgo: 4, expiresInDays: 40 },
    { uuid: TOKENS.ZSIDE_VD_PAIR_PRIMARY, side: 'zSide', asset: b.deviceAsset(DEVICES.DC_HA_PRI, true, 3), state: 'INACTIVE', createdDaysAgo: 6, expiresInDays: 50, supportedBandwidths: [50, 200, 500, 1000, 2000] },
    { uuid: TOKENS.ZSIDE_VD_PAIR_SECONDARY, side: 'zSide', asset: b.deviceAsset(DEVICES.DC_HA_SEC, true, 3), state: 'INACTIVE', createdDaysAgo: 6, expiresInDays: 50, supportedBandwidths: [50, 200, 500, 1000, 2000] },
    { uuid: TOKENS.ZSIDE_NETWORK_EVPLAN, side: 'zSide', asset: { kind: 'network', networkUuid: NETWORKS.EVPLAN_GLOBAL }, state: 'INACTIVE', createdDaysAgo: 8, expiresInDays: 70, supportedBandwidths: all },
    { uuid: TOKENS.EXPIRING_IN_2_HOURS, side: 'aSide', asset: b.portAsset(PORTS.SG_PRI_01, { type: 'DOT1Q', vlanTag: 310 }), state: 'INACTIVE', createdDaysAgo: 85, expiresInDays: 2 / 24, bandwidthLimit: 200 },
    { uuid: TOKENS.EXPIRING_IN_3_DAYS, side: 'zSide', asset: b.portAsset(PORTS.LD_PRI_01, { type: 'QINQ', vlanSTag: 310, vlanCTag: 31 }), state: 'INACTIVE', createdDaysAgo: 30, expiresInDays: 3, supportedBandwidths: [1000, 2000, 5000] },
    { uuid: TOKENS.ACTIVE_ASIDE, side: 'aSide', asset: b.portAsset(PORTS.SV_PRI_01, { type: 'DOT1Q', vlanTag: 302 }), state: 'ACTIVE', createdDaysAgo: 20, expiresInDays: 70, eventDaysAgo: 18, bandwidthLimit: 1000, phone: nocPhones },
    { uuid: TOKENS.ACTIVE_ZSIDE_VD, side: 'zSide', asset: b.deviceAsset(DEVICES.AM_FG_01, true, 3), state: 'ACTIVE', createdDaysAgo: 15, expiresInDays: 75, eventDaysAgo: 14 },
    { uuid: TOKENS.EXPIRED_ASIDE, side: 'aSide', asset: b.portAsset(PORTS.NY_PRI_01, { type: 'DOT1Q', vlanTag: 320 }), state: 'EXPIRED', createdDaysAgo: 100, expiresInDays: -10, bandwidthLimit: 200 },
    { uuid: TOKENS.DELETED_ZSIDE, side: 'zSide', asset: b.portAsset(PORTS.AM_SEC_01, { type: 'DOT1Q', vlanTag: 410 }), state: 'DELETED', createdDaysAgo: 12, expiresInDays: 78, eventDaysAgo: 11, supportedBandwidths: [1000, 10000] },
    { uuid: TOKENS.LAB_ASIDE_INACTIVE, side: 'aSide', asset: b.portAsset(PORTS.SV_LAB_01, { type: 'DOT1Q', vlanTag: 320 }), state: 'INACTIVE', projectId: PROJECT_LAB, createdDaysAgo: 2, expiresInDays: 88, bandwidthLimit: 500 },
  ];
}
