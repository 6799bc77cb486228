import type { components } from '@/api/schema.gen';
import type { Connection, LinkProtocol, Port, ServiceToken } from '@/api/types';
import { hashString, indexedUuid } from '../seed/prng';
import type { NeDevice, NeDeviceInterface } from './catalog';
import type { DemoStore } from './demo-store';
import { connectionHref, tokenHref } from './token-factory';
import type { TokenRow } from './token-table';

type LinkProtocolEntry = components['schemas']['LinkProtocolResponse'];

/**
 * Reservations are not stored: they follow from the data. An INACTIVE token holds its port VLAN
 * or device interface; a connection holds what its access points use. Delete, expiry and
 * redemption therefore free or move a reservation by changing the token's state.
 */
export interface VlanHolder {
  linkProtocol: LinkProtocol;
  row?: TokenRow;
  connection?: Connection;
}

export function sameVlan(a: LinkProtocol, b: LinkProtocol): boolean {
  if (a.type === 'UNTAGGED' || b.type === 'UNTAGGED') return true;
  if (a.type === 'QINQ' || b.type === 'QINQ')
    return a.vlanSTag === b.vlanSTag && a.vlanCTag === b.vlanCTag;
  return a.vlanTag === b.vlanTag;
}

export function vlanHolders(store: DemoStore, portUuid: string): VlanHolder[] {
  const holders: VlanHolder[] = [];
  for (const row of store.tokens.byPort.get(portUuid) ?? []) {
    if (row.state !== 'INACTIVE') continue;
    const asset = store.assetOf(row);
    if (asset?.kind === 'port') holders.push({ linkProtocol: asset.linkProtocol, row });
  }
  for (const { connection, hold } of store.connections.byPort.get(portUuid) ?? []) {
    if (hold.linkProtocol) holders.push({ linkProtocol: hold.linkProtocol, connection });
  }
  return holders;
}

/** Who already uses this VLAN (or S/C pair, or the whole untagged port), if anyone. */
export function vlanHolder(
  store: DemoStore,
  portUuid: string,
  linkProtocol: LinkProtocol,
): VlanHolder | undefined {
  return vlanHolders(store, portUuid).find((holder) => sameVlan(holder.linkProtocol, linkProtocol));
}

const tagOrder = (lp: LinkProtocol) =>
  (lp.vlanTag ?? 0) * 10000 + (lp.vlanSTag ?? 0) * 5000 + (lp.vlanCTag ?? 0);
const bandwidthOf = (token: ServiceToken) =>
  token.connection?.bandwidthLimit ?? Math.max(0, ...(token.connection?.supportedBandwidths ?? []));

/** GET /ports/{uuid}/linkProtocols: the RESERVED VLANs, with who holds each. */
export function linkProtocolEntries(store: DemoStore, port: Port): LinkProtocolEntry[] {
  return vlanHolders(store, port.uuid ?? '')
    .sort((a, b) => tagOrder(a.linkProtocol) - tagOrder(b.linkProtocol))
    .map(({ linkProtocol, row, connection }) => {
      const holderUuid = row?.uuid ?? connection?.uuid ?? '';
      const tags = {
        type: linkProtocol.type === 'EVPN_VXLAN' ? 'VXLAN' : (linkProtocol.type ?? 'DOT1Q'),
        ...(linkProtocol.vlanTag !== undefined && { vlanTag: linkProtocol.vlanTag }),
        ...(linkProtocol.vlanSTag !== undefined && { vlanSTag: linkProtocol.vlanSTag }),
        ...(linkProtocol.vlanCTag !== undefined && { vlanCTag: linkProtocol.vlanCTag }),
      } as const;
      const base = {
        uuid: indexedUuid(hashString(`${port.uuid}:${holderUuid}`), 0),
        state: 'RESERVED' as const,
        ...tags,
      };
      if (row) {
        const token = store.token(row);
        return {
          ...base,
          serviceToken: {
            href: tokenHref(row.uuid),
            uuid: row.uuid,
            type: 'TOKEN',
            bandwidth: bandwidthOf(token),
          },
          changeLog: { createdDateTime: token.changeLog?.createdDateTime },
        };
      }
      return {
        ...base,
        asset: {
          href: connectionHref(holderUuid),
          uuid: holderUuid,
          type: connection?.type,
          bandwidth: connection?.bandwidth,
        },
        changeLog: { createdDateTime: connection?.changeLog?.createdDateTime },
      };
    });
}

type InterfaceStatus = NeDeviceInterface['status'];

/** The status of each DATA interface: the seed's, RESERVED by an INACTIVE token, ASSIGNED by a connection. */
export function interfaceStatuses(
  store: DemoStore,
  device: NeDevice,
): Map<number, { status: InterfaceStatus; by: string }> {
  const statuses = new Map<number, { status: InterfaceStatus; by: string }>();
  for (const row of store.tokens.byDevice.get(device.uuid) ?? []) {
    if (row.state !== 'INACTIVE') continue;
    const asset = store.assetOf(row);
    if (asset?.kind === 'vd')
      statuses.set(asset.interfaceId, { status: 'RESERVED', by: `Service token ${row.uuid}` });
  }
  for (const { connection, hold } of store.connections.byDevice.get(device.uuid) ?? []) {
    if (hold.interfaceId !== undefined) {
      statuses.set(hold.interfaceId, {
        status: 'ASSIGNED',
        by: `Connection ${connection.name ?? connection.uuid}`,
      });
    }
  }
  return statuses;
}

/** A device as GET /ne/v1/devices shows it, with interface statuses as they are now. */
export function deviceView(store: DemoStore, device: NeDevice): NeDevice {
  const statuses = interfaceStatuses(store, device);
  return {
    ...device,
    interfaces: device.interfaces.map((item) => {
      const live =
        item.type === 'DATA' && item.status === 'AVAILABLE' ? statuses.get(item.id) : undefined;
      if (!live) return { ...item };
      return {
        ...item,
        status: live.status,
        assignedType: live.by,
        operationalStatus: live.status === 'ASSIGNED' ? 'up' : 'down',
      };
    }),
  };
}

export function interfaceOf(
  store: DemoStore,
  device: NeDevice,
  id: number,
): NeDeviceInterface | undefined {
  return deviceView(store, device).interfaces.find((item) => item.id === id);
}

/** "Next available": the lowest-id AVAILABLE DATA interface. */
export function nextFreeInterface(store: DemoStore, device: NeDevice): number | undefined {
  return deviceView(store, device)
    .interfaces.filter((item) => item.type === 'DATA' && item.status === 'AVAILABLE')
    .sort((a, b) => a.id - b.id)[0]?.id;
}
