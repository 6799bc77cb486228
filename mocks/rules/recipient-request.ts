import type { ConnectionPostRequest, LinkProtocol, Port, ServiceToken } from '@/api/types';
import { DEMO_SERVICE_PROFILE, PORTS, PROJECT_LAB } from '../seed/fixtures';
import type { DemoStore } from '../store/demo-store';
import { vlanHolder } from '../store/reservations';
import { assetLocation, tokenAsset } from '../store/token-factory';
import { tokenSide } from '../store/token-table';

/** The other company in the demo, who receives tokens and redeems them. */
export const recipient = {
  username: 'recipient.netops',
  fullName: 'Robin Recipient',
  email: 'robin.recipient@partner.example',
};

export interface RecipientOptions {
  bandwidth?: number;
  /** Redeem from this metro (to try the remote-connection rule). */
  metroCode?: string;
  name?: string;
}

function freeVlan(store: DemoStore, port: Port): LinkProtocol {
  const type = port.encapsulation?.type ?? 'DOT1Q';
  for (let tag = 2000; tag <= 4092; tag++) {
    const protocol: LinkProtocol =
      type === 'QINQ'
        ? { type, vlanSTag: tag, vlanCTag: 2 }
        : type === 'UNTAGGED'
          ? { type }
          : { type, vlanTag: tag };
    if (!vlanHolder(store, port.uuid ?? '', protocol)) return protocol;
  }
  return { type };
}

/** A recipient port in the metro: an ACTIVE tagged port, the lab's first, not the token's own. */
function recipientPort(store: DemoStore, metroCode: string, exclude: string | undefined): Port {
  const candidates = store.catalog.ports
    .filter((port) => port.state === 'ACTIVE' && port.encapsulation?.type !== 'UNTAGGED')
    .filter((port) => port.location?.metroCode === metroCode && port.uuid !== exclude)
    .sort(
      (a, b) =>
        Number(b.project?.projectId === PROJECT_LAB) - Number(a.project?.projectId === PROJECT_LAB),
    );
  const port = candidates[0] ?? store.catalog.portByUuid.get(PORTS.DC_LAB_01);
  if (!port) throw new Error('the seed has no recipient port');
  return port;
}

/** The request a recipient would send to redeem this token ("act as a recipient"). */
export function recipientRequest(
  store: DemoStore,
  token: ServiceToken,
  options: RecipientOptions,
): ConnectionPostRequest {
  const asset = tokenAsset(token);
  const home = asset ? assetLocation(asset, store.catalog) : {};
  const regionMetro = store.catalog.metros.find((metro) => metro.region === home.region)?.code;
  const metroCode = options.metroCode ?? home.metroCode ?? regionMetro ?? 'SV';
  const limit = token.connection?.bandwidthLimit;
  const supported = token.connection?.supportedBandwidths ?? [];
  const bandwidth =
    options.bandwidth ??
    (limit !== undefined ? Math.min(limit, 1000) : Math.min(...supported, 10000));
  const tokenRef = { serviceToken: { uuid: token.uuid } };
  let other: ConnectionPostRequest['aSide'];
  if (tokenSide(token) === 'aSide') {
    other = {
      accessPoint: { type: 'SP', profile: { uuid: DEMO_SERVICE_PROFILE }, location: { metroCode } },
    };
  } else {
    const port = recipientPort(
      store,
      metroCode,
      asset?.kind === 'port' ? asset.portUuid : undefined,
    );
    other = {
      accessPoint: {
        type: 'COLO',
        port: { uuid: port.uuid },
        linkProtocol: freeVlan(store, port),
        location: { metroCode: port.location?.metroCode },
      },
    };
  }
  const aside = tokenSide(token) === 'aSide';
  return {
    type: token.connection?.type ?? 'EVPL_VC',
    name: options.name ?? `redeemed-${token.name ?? token.uuid?.slice(0, 8) ?? 'token'}`,
    bandwidth,
    notifications: [{ type: 'ALL', emails: [recipient.email] }],
    aSide: aside ? tokenRef : other,
    zSide: aside ? other : tokenRef,
    project: { projectId: PROJECT_LAB },
  };
}
