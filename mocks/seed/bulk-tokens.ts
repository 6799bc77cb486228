import type { Catalog } from '../store/catalog';
import type { TokenAsset, TokenSide, TokenSpec } from '../store/token-spec';
import { PORTS, PROJECT_LAB, PROJECT_MAIN } from './fixtures';
import { colleagues, partnerDomain, partners } from './people';
import { BulkRow } from './bulk-row';
import { assetPools, bulkState, holdingPorts, pickFrom, type Pools } from './bulk-pools';
import { durations, hash32, uuidFromWords } from './prng';

/**
 * Scale seeds: token i is a pure function of (i, count, seededAt), so 100,000 tokens are rebuilt
 * in a few tens of ms as compact rows and only materialised into full tokens when read.
 */
const day = durations.day;
const namespace = 0x5ca1e;
const menu = [50, 200, 500, 1000, 2000, 5000, 10000];
const partnerNames = partners.map((partner) => partner.replace(/\s+/g, ''));
const kindLabels = { port: 'PORT', vd: 'VD', network: 'NETWORK' } as const;

type Kind = 'port' | 'vd' | 'network';
type State = TokenSpec['state'];

/** The cheap facts of token i: what a row needs, without building the token. */
export interface Facts {
  h: number;
  h2: number;
  h3: number;
  createdMs: number;
  expiresMs: number;
  updatedMs: number;
  state: State;
  kind: Kind;
  side: TokenSide;
  projectId: string;
  assetUuid: string;
}

export class BulkSeed {
  private readonly spacing: number;
  private readonly pools: Pools;
  /** Each row's created, updated and expiry dates (BulkRow reads and writes them here). */
  readonly times: Float64Array;

  constructor(
    readonly count: number,
    private readonly seededAt: number,
    private readonly catalog: Catalog,
  ) {
    this.spacing = count > 0 ? (730 * day) / count : day;
    this.pools = assetPools(catalog);
    this.times = new Float64Array(count * 3);
  }

  /** All rows, newest first. Uuids and names are made only when something reads them. */
  rows(): BulkRow[] {
    const rows = new Array<BulkRow>(this.count);
    for (let i = 0; i < this.count; i++) rows[i] = new BulkRow(this, i, this.facts(i));
    return rows;
  }

  uuid(i: number): string {
    return uuidFromWords(
      hash32(i, namespace),
      hash32(i, namespace + 1),
      hash32(i, namespace + 2),
      i,
    );
  }

  /** The scale-seed index a uuid encodes (its last 8 hex digits), if it could be one. */
  indexOf(uuid: string): number | undefined {
    const index = Number.parseInt(uuid.slice(-8), 16);
    return Number.isInteger(index) && index >= 0 && index < this.count && this.uuid(index) === uuid
      ? index
      : undefined;
  }

  private readonly scratch: Facts = {
    h: 0,
    h2: 0,
    h3: 0,
    createdMs: 0,
    expiresMs: 0,
    updatedMs: 0,
    state: 'INACTIVE',
    kind: 'port',
    side: 'aSide',
    projectId: '',
    assetUuid: '',
  };

  /** Fills (and returns) a reused object: no garbage per token while 100,000 rows are made. */
  facts(i: number, out: Facts = this.scratch): Facts {
    const h = hash32(i, namespace);
    const h2 = hash32(i, namespace + 1);
    const h3 = hash32(i, namespace + 2);
    const createdMs = Math.floor(
      this.seededAt - durations.hour - i * this.spacing - (h / 4294967296) * this.spacing,
    );
    const age = this.seededAt - createdMs;
    const lifetime = (30 + (h3 % 61)) * day;
    const state = bulkState(age, h2 % 100);
    const expiresMs =
      state === 'INACTIVE'
        ? Math.min(
            createdMs + 90 * day,
            Math.max(createdMs + lifetime, this.seededAt + (1 + (h3 % 20)) * day),
          )
        : state === 'EXPIRED'
          ? createdMs + Math.min(lifetime, Math.floor(age * 0.8))
          : createdMs + lifetime;
    const eventMs =
      createdMs + Math.floor(Math.min(age, lifetime) * (state === 'ACTIVE' ? 0.3 : 0.5));
    const kindRoll = (h >>> 8) % 10;
    const kind: Kind =
      state === 'INACTIVE'
        ? kindRoll < 7
          ? 'port'
          : 'network'
        : state === 'ACTIVE'
          ? 'network'
          : kindRoll < 5
            ? 'port'
            : kindRoll < 8
              ? 'vd'
              : 'network';
    const holdsPort = state === 'INACTIVE' && kind === 'port';
    const projectId = holdsPort || (h3 >>> 8) % 5 !== 0 ? PROJECT_MAIN : PROJECT_LAB;
    const side: TokenSide = kind === 'port' && (h2 >>> 8) % 2 === 0 ? 'aSide' : 'zSide';
    const updatedMs = state === 'INACTIVE' ? createdMs : state === 'EXPIRED' ? expiresMs : eventMs;
    let assetUuid: string;
    if (kind === 'port') {
      assetUuid = holdsPort
        ? (holdingPorts[i % holdingPorts.length] ?? PORTS.SV_PRI_01)
        : (pickFrom(this.pools.ports[projectId], h)?.uuid ?? PORTS.SV_PRI_01);
    } else if (kind === 'vd') {
      assetUuid = pickFrom(this.pools.devices[projectId], h)?.uuid ?? '';
    } else {
      const pool =
        state === 'INACTIVE' || state === 'ACTIVE'
          ? this.pools.activeNetworks
          : this.pools.networks;
      assetUuid = pickFrom(pool[projectId], h)?.uuid ?? '';
    }
    out.h = h;
    out.h2 = h2;
    out.h3 = h3;
    out.createdMs = createdMs;
    out.expiresMs = expiresMs;
    out.updatedMs = updatedMs;
    out.state = state;
    out.kind = kind;
    out.side = side;
    out.projectId = projectId;
    out.assetUuid = assetUuid;
    return out;
  }

  name(i: number, f: Facts = this.facts(i, { ...this.scratch })): string {
    const partner = partnerNames[f.h3 % partnerNames.length] ?? 'Partner';
    return `${partner}-${f.side === 'aSide' ? 'A' : 'Z'}-${kindLabels[f.kind]}-${String(i).padStart(6, '0')}`;
  }

  private asset(i: number, f: Facts): TokenAsset {
    if (f.kind === 'vd')
      return { kind: 'vd', deviceUuid: f.assetUuid, interfaceId: 3 + (f.h3 % 8) };
    if (f.kind === 'network') return { kind: 'network', networkUuid: f.assetUuid };
    const holds = f.state === 'INACTIVE';
    const tag = holds ? 1000 + Math.floor(i / holdingPorts.length) : 1000 + (f.h3 % 3000);
    const type = this.catalog.portByUuid.get(f.assetUuid)?.encapsulation?.type ?? 'DOT1Q';
    const linkProtocol =
      type === 'QINQ'
        ? { type, vlanSTag: tag, vlanCTag: 100 }
        : type === 'UNTAGGED'
          ? { type }
          : { type, vlanTag: tag };
    return { kind: 'port', portUuid: f.assetUuid, linkProtocol };
  }

  /** The full description of token i, for materialising it. */
  spec(i: number): TokenSpec {
    const f = this.facts(i, { ...this.scratch });
    const asset = this.asset(i, f);
    const partner = partners[f.h3 % partners.length] ?? 'Acme Cloud';
    const cap =
      asset.kind === 'vd'
        ? 10000
        : asset.kind === 'port' && asset.portUuid === PORTS.NY_PRI_01
          ? 500
          : 50000;
    const choices = menu.filter((value) => value <= cap);
    const networkType =
      asset.kind === 'network'
        ? this.catalog.networkByUuid.get(asset.networkUuid)?.type
        : undefined;
    return {
      uuid: uuidFromWords(f.h, f.h2, f.h3, i),
      name: this.name(i, f),
      state: f.state,
      projectId: f.projectId,
      side: f.side,
      asset,
      connectionType: networkType ? `${networkType}_VC` : 'EVPL_VC',
      allowRemoteConnection: (f.h >>> 20) % 4 !== 0,
      allowCustomBandwidth: false,
      ...(f.side === 'aSide'
        ? { bandwidthLimit: choices[(f.h2 >>> 12) % Math.min(3, choices.length)] ?? 50 }
        : { supportedBandwidths: choices.slice(0, 2 + ((f.h2 >>> 12) % (choices.length - 1))) }),
      notifications: [{ type: 'ALL', emails: [`ops@${partnerDomain(partner)}`] }],
      createdMs: f.createdMs,
      updatedMs: f.updatedMs,
      expiresMs: f.expiresMs,
      ...(f.state === 'DELETED' && { deletedMs: f.updatedMs }),
      creator: colleagues[f.h % colleagues.length] ??
        colleagues[0] ?? {
          username: 'demo.engineer',
          fullName: 'Dana Engineer',
          email: 'dana.engineer@demo-networks.example',
        },
    };
  }
}
