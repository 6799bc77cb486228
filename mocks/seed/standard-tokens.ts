import type { Connection } from '@/api/types';
import type { Catalog } from '../store/catalog';
import type { TokenSpec } from '../store/token-spec';
import { DEVICES, NETWORKS, PORTS, PROJECT_LAB } from './fixtures';
import { fixtureRecipes } from './fixture-tokens';
import { seedPlainConnections } from './plain-connections';
import { between, pick } from './prng';
import { SeedBuilder, type TokenRecipe } from './seed-builder';

export interface StandardSeed {
  specs: TokenSpec[];
  connections: Connection[];
}

const all = [50, 200, 500, 1000, 2000, 5000, 10000];

type Kind = 'aDot1q' | 'aQinq' | 'zPort' | 'zVd' | 'zNetwork';
type State = TokenSpec['state'];

// How many generated tokens of each kind and state (the fixtures come on top).
// prettier-ignore
const mix: [Kind, State, number][] = [
  ['aDot1q', 'INACTIVE', 4], ['aDot1q', 'ACTIVE', 2], ['aDot1q', 'EXPIRED', 3], ['aDot1q', 'DELETED', 2],
  ['aQinq', 'INACTIVE', 3], ['aQinq', 'ACTIVE', 2], ['aQinq', 'EXPIRED', 2], ['aQinq', 'DELETED', 1],
  ['zPort', 'INACTIVE', 4], ['zPort', 'ACTIVE', 2], ['zPort', 'EXPIRED', 2], ['zPort', 'DELETED', 2],
  ['zVd', 'INACTIVE', 3], ['zVd', 'ACTIVE', 1], ['zVd', 'EXPIRED', 2], ['zVd', 'DELETED', 1],
  ['zNetwork', 'INACTIVE', 4], ['zNetwork', 'ACTIVE', 4], ['zNetwork', 'EXPIRED', 4], ['zNetwork', 'DELETED', 2],
];

const dot1qPorts = [
  PORTS.SV_PRI_01,
  PORTS.SV_SEC_01,
  PORTS.AM_PRI_01,
  PORTS.AM_SEC_01,
  PORTS.SG_PRI_01,
  PORTS.NY_PRI_01,
];
const qinqPorts = [PORTS.DC_PRI_01, PORTS.DC_SEC_01, PORTS.LD_PRI_01];
const zPorts = [
  PORTS.AM_SEC_01,
  PORTS.LD_PRI_01,
  PORTS.SG_PRI_01,
  PORTS.DC_SEC_01,
  PORTS.DA_PRI_01,
];
const vdDevices = [DEVICES.SV_CSR_01, DEVICES.AM_FG_01, DEVICES.SY_HA_PRI, DEVICES.DC_HA_PRI];
const networks = [
  NETWORKS.EVPLAN_GLOBAL,
  NETWORKS.EPLAN_AMER,
  NETWORKS.EVPTREE_EMEA,
  NETWORKS.EPTREE_SV,
];

function generatedRecipe(b: SeedBuilder, kind: Kind, state: State, index: number): TokenRecipe {
  const holds = state === 'INACTIVE' || state === 'ACTIVE';
  const r = b.random;
  // INACTIVE: alive; a few expire within the week. Others: dates that fit their state.
  const soon = state === 'INACTIVE' && index % 2 === 1;
  // Every token lives at most 90 days, as the API allows.
  const createdDaysAgo = state === 'EXPIRED' ? between(r, 95, 200) : between(r, 1, soon ? 80 : 40);
  const expiresInDays =
    state === 'EXPIRED'
      ? between(r, 30, 90) - createdDaysAgo
      : soon
        ? between(r, 1, 6) + 0.25
        : between(r, 20, 90 - createdDaysAgo);
  const eventDaysAgo =
    state === 'ACTIVE' || state === 'DELETED' ? r() * Math.min(createdDaysAgo, 10) : undefined;
  const untaggedFree = !holds;
  const base = { state, createdDaysAgo, expiresInDays, eventDaysAgo };
  switch (kind) {
    case 'aDot1q':
      return {
        ...base,
        side: 'aSide',
        asset: b.portAsset(dot1qPorts[index % dot1qPorts.length] ?? PORTS.SV_PRI_01),
        bandwidthLimit: pick(r, [50, 200, 500]),
      };
    case 'aQinq':
      return {
        ...base,
        side: 'aSide',
        asset: b.portAsset(qinqPorts[index % qinqPorts.length] ?? PORTS.DC_PRI_01),
        bandwidthLimit: pick(r, [500, 1000, 2000, 5000]),
      };
    case 'zPort': {
      const ports = untaggedFree ? zPorts : zPorts.slice(0, -1);
      return {
        ...base,
        side: 'zSide',
        asset: b.portAsset(ports[index % ports.length] ?? PORTS.AM_SEC_01),
        supportedBandwidths: [200, 500, 1000, 2000].slice(0, 2 + (index % 3)),
        remote: index % 3 !== 0,
      };
    }
    case 'zVd':
      return {
        ...base,
        side: 'zSide',
        asset: b.deviceAsset(vdDevices[index % vdDevices.length] ?? DEVICES.SV_CSR_01, holds),
        supportedBandwidths: [50, 200, 500, 1000],
      };
    case 'zNetwork':
      return {
        ...base,
        side: 'zSide',
        asset: {
          kind: 'network',
          networkUuid: networks[index % networks.length] ?? NETWORKS.EVPLAN_GLOBAL,
        },
        supportedBandwidths: all.slice(0, 3 + (index % 4)),
      };
  }
}

/** HA pairs: one token per device, as the wizard issues them. */
function pairRecipes(b: SeedBuilder): TokenRecipe[] {
  const pair = (
    primary: string,
    secondary: string,
    state: State,
    createdDaysAgo: number,
    expiresInDays: number,
    eventDaysAgo?: number,
  ): TokenRecipe[] => {
    const holds = state === 'INACTIVE' || state === 'ACTIVE';
    const group = `pair-${createdDaysAgo}`;
    return [primary, secondary].map((device, index) => ({
      side: 'zSide',
      asset: b.deviceAsset(device, holds),
      state,
      createdDaysAgo,
      expiresInDays,
      eventDaysAgo,
      supportedBandwidths: [50, 200, 500, 1000],
      ...(state === 'ACTIVE' && {
        redundancy: { group, priority: index === 0 ? 'PRIMARY' : 'SECONDARY' },
      }),
    }));
  };
  return [
    ...pair(DEVICES.SY_HA_PRI, DEVICES.SY_HA_SEC, 'INACTIVE', 3, 5),
    ...pair(DEVICES.DC_HA_PRI, DEVICES.DC_HA_SEC, 'ACTIVE', 25, 60, 21),
    ...pair(DEVICES.DC_HA_PRI, DEVICES.DC_HA_SEC, 'EXPIRED', 150, -70),
    ...pair(DEVICES.SY_HA_PRI, DEVICES.SY_HA_SEC, 'DELETED', 9, 81, 7),
  ];
}

function labRecipes(b: SeedBuilder): TokenRecipe[] {
  return [
    {
      side: 'zSide',
      asset: b.deviceAsset(DEVICES.SV_LAB_CSR, true),
      state: 'INACTIVE',
      projectId: PROJECT_LAB,
      createdDaysAgo: 7,
      expiresInDays: 60,
    },
    {
      side: 'aSide',
      asset: b.portAsset(PORTS.AM_LAB_01),
      state: 'EXPIRED',
      projectId: PROJECT_LAB,
      createdDaysAgo: 120,
      expiresInDays: -30,
      bandwidthLimit: 1000,
    },
    {
      side: 'zSide',
      asset: { kind: 'network', networkUuid: NETWORKS.EVPLAN_APAC_LAB },
      state: 'INACTIVE',
      projectId: PROJECT_LAB,
      createdDaysAgo: 12,
      expiresInDays: 40,
    },
  ];
}

/** The standard seed: 16 fixtures plus generated tokens of every kind and state. */
export function standardSeed(catalog: Catalog, now: number): StandardSeed {
  const builder = new SeedBuilder(catalog, now);
  const connections = seedPlainConnections(builder);
  for (const recipe of fixtureRecipes(builder)) builder.add(recipe);
  for (const [kind, state, count] of mix) {
    for (let index = 0; index < count; index++)
      builder.add(generatedRecipe(builder, kind, state, index));
  }
  for (const recipe of [...pairRecipes(builder), ...labRecipes(builder)]) builder.add(recipe);
  const specs = [...builder.specs].sort((a, b) => b.createdMs - a.createdMs);
  return { specs, connections: [...connections, ...builder.connections] };
}
