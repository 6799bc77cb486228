import type { AccessPointSelector, Changelog, Phone, ServiceToken } from '@/api/types';
import { formatBandwidth } from '@/lib/format';

export type TokenSide = 'A' | 'Z';
export type AssetKind = NonNullable<AccessPointSelector['type']>;

export const assetKindLabels: Record<AssetKind, string> = {
  COLO: 'Port',
  VD: 'Virtual device',
  NETWORK: 'Network',
};

/** The side a token authorises follows from which of connection.aSide / zSide exists. */
export function tokenSide(token: ServiceToken): TokenSide | undefined {
  if (token.connection?.aSide) return 'A';
  if (token.connection?.zSide) return 'Z';
  return undefined;
}

/** In practice a token has exactly one selector on its one side. */
export function tokenSelector(token: ServiceToken): AccessPointSelector | undefined {
  const side = token.connection?.aSide ?? token.connection?.zSide;
  return side?.accessPointSelectors?.[0];
}

export function assetKind(token: ServiceToken): AssetKind | undefined {
  const selector = tokenSelector(token);
  if (selector?.type) return selector.type;
  if (selector?.port) return 'COLO';
  if (selector?.virtualDevice) return 'VD';
  if (selector?.network) return 'NETWORK';
  return undefined;
}

/** Port name, device name and interface, or network name and type. */
export function assetLabel(token: ServiceToken): string {
  const selector = tokenSelector(token);
  switch (assetKind(token)) {
    case 'COLO':
      return selector?.port?.portName ?? selector?.port?.uuid ?? '—';
    case 'VD': {
      const device = selector?.virtualDevice?.name ?? selector?.virtualDevice?.uuid ?? '—';
      return `${device} · ${interfaceLabel(selector)}`;
    }
    case 'NETWORK': {
      const network = selector?.network;
      const name = network?.name ?? network?.uuid ?? '—';
      return network?.type ? `${name} (${network.type})` : name;
    }
    default:
      return '—';
  }
}

function interfaceLabel(selector: AccessPointSelector | undefined): string {
  const id = selector?.interface?.id;
  return id === undefined ? 'next available interface' : `interface ${id}`;
}

/** Device uuid to the metro the device sits in (see device-metros.ts). */
export type DeviceMetros = ReadonlyMap<string, string>;

/**
 * A port or network token carries its metro. A device token does not (the API's
 * SimplifiedVirtualDevice has no location): its metro is the device's, looked up in `deviceMetros`.
 */
export function tokenMetro(token: ServiceToken, deviceMetros?: DeviceMetros): string | undefined {
  const selector = tokenSelector(token);
  const deviceUuid = selector?.virtualDevice?.uuid;
  return (
    selector?.port?.location?.metroCode ??
    selector?.network?.location?.metroCode ??
    (deviceUuid ? deviceMetros?.get(deviceUuid) : undefined)
  );
}

/** How traffic is tagged: "DOT1Q · VLAN 1399", "QINQ · S-tag 10 / C-tag 20", or the interface. */
export function linkLabel(token: ServiceToken): string {
  const selector = tokenSelector(token);
  const kind = assetKind(token);
  if (kind === 'VD') return interfaceLabel(selector).replace(/^./, (c) => c.toUpperCase());
  if (kind !== 'COLO') return '—';
  const protocol = selector?.linkProtocol;
  if (!protocol?.type) return '—';
  switch (protocol.type) {
    case 'UNTAGGED':
      return 'UNTAGGED · no VLAN';
    case 'QINQ':
      return `QINQ · S-tag ${protocol.vlanSTag ?? '—'} / C-tag ${protocol.vlanCTag ?? '—'}`;
    default:
      return `${protocol.type} · VLAN ${protocol.vlanTag ?? '—'}`;
  }
}

/** A-side: one limit ("up to 1 Gbps"); Z-side: the speeds the redeemer may pick. */
export function bandwidthLabel(token: ServiceToken): string {
  const connection = token.connection;
  if (connection?.bandwidthLimit !== undefined) {
    return `Up to ${formatBandwidth(connection.bandwidthLimit)}`;
  }
  const speeds = connection?.supportedBandwidths ?? [];
  if (speeds.length > 0)
    return [...speeds]
      .sort((a, b) => a - b)
      .map(formatBandwidth)
      .join(', ');
  return '—';
}

export function tokenRecipients(token: ServiceToken): string[] {
  return [...new Set((token.notifications ?? []).flatMap((entry) => entry.emails ?? []))];
}

/** Phone recipients, each number once: the API may carry them; the portal only shows them. */
export function tokenPhoneRecipients(token: ServiceToken): Phone[] {
  const byNumber = new Map<string, Phone>();
  for (const phone of (token.notifications ?? []).flatMap((entry) => entry.phone ?? [])) {
    if (phone.number && !byNumber.has(phone.number)) byNumber.set(phone.number, phone);
  }
  return [...byNumber.values()];
}

const phoneTypeLabels: Record<string, string> = { MOBILE: 'Mobile', OFFICE: 'Office' };
const availabilityLabels: Record<string, string> = {
  WORK_HOURS: 'work hours',
  ANYTIME: 'any time',
};

/** "Mobile, work hours (America/Los_Angeles)"; a type or availability we have no label for as sent. */
export function describePhone(phone: Phone): string {
  const kind = phone.type ? (phoneTypeLabels[phone.type] ?? phone.type) : 'Phone';
  const { availability, timezone } = phone.contactPreference ?? {};
  const when = availability ? `, ${availabilityLabels[availability] ?? availability}` : '';
  return `${kind}${when}${timezone ? ` (${timezone})` : ''}`;
}

/** The schema spells it `changelog`, most answers `changeLog`: read both (DOMAIN.md section 10). */
export function tokenChangelog(token: ServiceToken): Changelog | undefined {
  return token.changeLog ?? token.changelog;
}

type Who = 'created' | 'updated' | 'deleted';

/** When and by whom, for one kind of change; `by` prefers the full name, then the id, then email. */
export function changeOf(token: ServiceToken, kind: Who): { at?: string; by?: string } {
  const log = tokenChangelog(token);
  if (!log) return {};
  const at = log[`${kind}DateTime`];
  const by =
    log[`${kind}ByFullName`] ?? stringOf(log[`${kind}By`]) ?? log[`${kind}ByEmail`] ?? undefined;
  return { at, by };
}

// Examples send createdBy as a string or a number; show either.
function stringOf(value: unknown): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

export interface TokenDescription {
  side: TokenSide | undefined;
  assetKind: AssetKind | undefined;
  assetKindLabel: string;
  asset: string;
  metro: string | undefined;
  link: string;
  bandwidth: string;
  recipients: string[];
  created: { at?: string; by?: string };
}

/** Everything the inventory and the details show about a token, read once. */
export function describeToken(token: ServiceToken, deviceMetros?: DeviceMetros): TokenDescription {
  const kind = assetKind(token);
  return {
    side: tokenSide(token),
    assetKind: kind,
    assetKindLabel: kind ? assetKindLabels[kind] : '—',
    asset: assetLabel(token),
    metro: tokenMetro(token, deviceMetros),
    link: linkLabel(token),
    bandwidth: bandwidthLabel(token),
    recipients: tokenRecipients(token),
    created: changeOf(token, 'created'),
  };
}
