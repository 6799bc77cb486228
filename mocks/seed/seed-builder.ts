import type { Connection, LinkProtocol, Phone } from '@/api/types';
import type { Catalog } from '../store/catalog';
import {
  buildConnection,
  deviceAccessPoint,
  networkAccessPoint,
  portAccessPoint,
  profileAccessPoint,
  tokenConnectionSide,
} from '../store/connection-factory';
import { assetLocation, buildToken } from '../store/token-factory';
import type { TokenAsset, TokenSide, TokenSpec } from '../store/token-spec';
import { SeedAllocator } from './allocator';
import { DEMO_SERVICE_PROFILE, PORTS, PROJECT_LAB, PROJECT_MAIN } from './fixtures';
import { colleagues, partnerDomain, partners, recipients } from './people';
import { durations, mulberry32, pick, randomUuid, type Random } from './prng';

export interface TokenRecipe {
  uuid?: string;
  side: TokenSide;
  asset: TokenAsset;
  state: TokenSpec['state'];
  projectId?: string;
  createdDaysAgo: number;
  /** Relative to now; negative for tokens already past their date. */
  expiresInDays: number;
  remote?: boolean;
  bandwidthLimit?: number;
  supportedBandwidths?: number[];
  /** ACTIVE: when the recipient redeemed it; DELETED: when it was deleted. */
  eventDaysAgo?: number;
  redundancy?: { group: string; priority: 'PRIMARY' | 'SECONDARY' };
  /** Phone recipients beside the emails: the API can carry them; the portal never sends any. */
  phone?: Phone[];
}

const day = durations.day;
const labRecipientPorts: Record<string, string> = {
  SV: PORTS.SV_LAB_01,
  AM: PORTS.AM_LAB_01,
  DC: PORTS.DC_LAB_01,
};

/** Turns recipes into token specs and, for redeemed tokens, the connections that redeemed them. */
export class SeedBuilder {
  readonly random: Random = mulberry32(20_240_611);
  readonly allocator = new SeedAllocator(this.random);
  readonly specs: TokenSpec[] = [];
  readonly connections: Connection[] = [];
  private counter = 0;

  constructor(
    readonly catalog: Catalog,
    readonly now: number,
  ) {}

  port(uuid: string) {
    const port = this.catalog.portByUuid.get(uuid);
    if (!port) throw new Error(`seed: no port ${uuid}`);
    return port;
  }

  device(uuid: string) {
    const device = this.catalog.deviceByUuid.get(uuid);
    if (!device) throw new Error(`seed: no device ${uuid}`);
    return device;
  }

  /** A port asset with a VLAN fresh on that port (or the given one, claimed). */
  portAsset(uuid: string, linkProtocol?: LinkProtocol): TokenAsset {
    const port = this.port(uuid);
    const protocol = linkProtocol
      ? this.allocator.claimVlan(port, linkProtocol)
      : this.allocator.nextVlan(port);
    return { kind: 'port', portUuid: uuid, linkProtocol: protocol };
  }

  /** A device interface: claimed when the token holds it, any data interface otherwise. */
  deviceAsset(uuid: string, holds: boolean, id?: number): TokenAsset {
    const device = this.device(uuid);
    const interfaceId = holds
      ? id === undefined
        ? this.allocator.nextInterface(device)
        : this.allocator.claimInterface(device, id)
      : (id ?? 3 + Math.floor(this.random() * 8));
    return { kind: 'vd', deviceUuid: uuid, interfaceId };
  }

  add(recipe: TokenRecipe): TokenSpec {
    this.counter += 1;
    const partner = pick(this.random, partners);
    const createdMs = this.now - recipe.createdDaysAgo * day;
    const expiresMs = this.now + recipe.expiresInDays * day;
    const eventMs = this.now - (recipe.eventDaysAgo ?? 0) * day;
    const uuid = recipe.uuid ?? randomUuid(this.random);
    const spec: TokenSpec = {
      uuid,
      name: `${partner.replace(/\s+/g, '')}-${this.metroOf(recipe.asset)}-${recipe.side === 'aSide' ? 'A' : 'Z'}-${this.label(recipe.asset)}-${String(this.counter).padStart(2, '0')}`,
      description: `Service token for ${partner} (${recipe.side === 'aSide' ? 'A-side' : 'Z-side'} ${this.label(recipe.asset)})`,
      state: recipe.state,
      projectId: recipe.projectId ?? PROJECT_MAIN,
      side: recipe.side,
      asset: recipe.asset,
      connectionType: this.connectionType(recipe.asset),
      allowRemoteConnection: recipe.remote ?? true,
      allowCustomBandwidth: false,
      ...(recipe.side === 'aSide'
        ? { bandwidthLimit: recipe.bandwidthLimit ?? 1000 }
        : { supportedBandwidths: recipe.supportedBandwidths ?? [50, 200, 500, 1000] }),
      notifications: [
        {
          type: 'ALL',
          emails: recipients(this.random, partner),
          ...(recipe.phone && { phone: recipe.phone }),
        },
      ],
      createdMs,
      updatedMs:
        recipe.state === 'EXPIRED' ? expiresMs : recipe.state === 'INACTIVE' ? createdMs : eventMs,
      expiresMs,
      ...(recipe.state === 'DELETED' && { deletedMs: eventMs }),
      creator: pick(this.random, colleagues),
    };
    if (recipe.state === 'ACTIVE') this.redeem(spec, partner, eventMs, recipe.redundancy);
    this.specs.push(spec);
    return spec;
  }

  private redeem(
    spec: TokenSpec,
    partner: string,
    when: number,
    redundancy?: TokenRecipe['redundancy'],
  ) {
    const connectionUuid = randomUuid(this.random);
    spec.connectionUuid = connectionUuid;
    const token = buildToken(spec, this.catalog);
    const tokenSide = tokenConnectionSide(token, this.tokenAccessPoint(spec.asset));
    const metro = this.metroOf(spec.asset);
    const recipientPort = this.port(labRecipientPorts[metro] ?? PORTS.DC_LAB_01);
    const recipient =
      spec.side === 'aSide'
        ? profileAccessPoint(DEMO_SERVICE_PROFILE, metro)
        : portAccessPoint(recipientPort, this.allocator.nextVlan(recipientPort));
    const bandwidth = spec.bandwidthLimit
      ? Math.min(spec.bandwidthLimit, 1000)
      : Math.min(...(spec.supportedBandwidths ?? [50]).filter((value) => value <= 10000));
    const domain = partnerDomain(partner);
    this.connections.push(
      buildConnection({
        uuid: connectionUuid,
        name: `${partner.replace(/\s+/g, '-').toLowerCase()}-${metro.toLowerCase()}-vc`,
        type: spec.connectionType,
        bandwidth,
        aSide: spec.side === 'aSide' ? tokenSide : { accessPoint: recipient },
        zSide: spec.side === 'zSide' ? tokenSide : { accessPoint: recipient },
        createdMs: when,
        creator: {
          username: `netops@${domain}`,
          fullName: `${partner} NetOps`,
          email: `netops@${domain}`,
        },
        projectId: PROJECT_LAB,
        notifications: [{ type: 'ALL', emails: [`netops@${domain}`] }],
        redundancy: redundancy ?? { group: randomUuid(this.random), priority: 'PRIMARY' },
        isRemote: recipient.location?.metroCode !== metro,
        provisioned: true,
      }),
    );
  }

  tokenAccessPoint(asset: TokenAsset) {
    switch (asset.kind) {
      case 'port':
        return portAccessPoint(this.port(asset.portUuid), asset.linkProtocol);
      case 'vd':
        return deviceAccessPoint(this.device(asset.deviceUuid), asset.interfaceId);
      case 'network': {
        const network = this.catalog.networkByUuid.get(asset.networkUuid);
        if (!network) throw new Error(`seed: no network ${asset.networkUuid}`);
        return networkAccessPoint(network);
      }
    }
  }

  metroOf(asset: TokenAsset): string {
    const where = assetLocation(asset, this.catalog);
    return where.metroCode ?? where.region ?? 'GLOBAL';
  }

  private label(asset: TokenAsset): string {
    if (asset.kind === 'port') return asset.linkProtocol.type ?? 'PORT';
    if (asset.kind === 'vd') return 'VD';
    return this.catalog.networkByUuid.get(asset.networkUuid)?.type ?? 'NETWORK';
  }

  private connectionType(asset: TokenAsset): TokenSpec['connectionType'] {
    if (asset.kind !== 'network') return 'EVPL_VC';
    const type = this.catalog.networkByUuid.get(asset.networkUuid)?.type ?? 'EVPLAN';
    return `${type}_VC` as const;
  }
}
