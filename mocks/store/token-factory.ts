import type { AccessPointSelector, ServiceToken } from '@/api/types';
import { DEMO_ACCOUNT } from '../seed/fixtures';
import { networkHref } from '../seed/networks';
import { portHref } from '../seed/ports';
import { hashString, indexedUuid } from '../seed/prng';
import type { Catalog } from './catalog';
import type { TokenAsset, TokenSpec } from './token-spec';
import { tokenSide } from './token-table';

export const tokenHref = (uuid: string) =>
  `https://api.equinix.com/fabric/v4/serviceTokens/${uuid}`;
export const connectionHref = (uuid: string) =>
  `https://api.equinix.com/fabric/v4/connections/${uuid}`;
export const deviceHref = (uuid: string) => `https://api.equinix.com/ne/v1/devices/${uuid}`;

/** NE interfaces have integer ids; Fabric also gives them a uuid, derived here from device and id. */
export const interfaceUuid = (deviceUuid: string, id: number) =>
  indexedUuid(hashString(deviceUuid), id);

const iso = (ms: number) => new Date(ms).toISOString();

/** The selector as the API returns it: the request's ids plus what the server knows of the asset. */
export function enrichedSelector(asset: TokenAsset, catalog: Catalog): AccessPointSelector {
  switch (asset.kind) {
    case 'port': {
      const port = catalog.portByUuid.get(asset.portUuid);
      return {
        type: 'COLO',
        port: {
          href: portHref(asset.portUuid),
          uuid: asset.portUuid,
          type: 'XF_PORT',
          ...(port && {
            bandwidth: port.physicalPortsSpeed,
            portName: port.name,
            encapsulationProtocolType: port.encapsulation?.type,
            accountName: port.account?.accountName,
            priority: port.redundancy?.priority,
            location: port.location && { ...port.location },
          }),
        },
        linkProtocol: { ...asset.linkProtocol },
      };
    }
    case 'vd': {
      const device = catalog.deviceByUuid.get(asset.deviceUuid);
      return {
        type: 'VD',
        virtualDevice: {
          href: deviceHref(asset.deviceUuid),
          uuid: asset.deviceUuid,
          type: 'EDGE',
          ...(device && { name: device.name }),
        },
        interface: {
          type: 'NETWORK',
          id: asset.interfaceId,
          uuid: interfaceUuid(asset.deviceUuid, asset.interfaceId),
        },
      };
    }
    case 'network': {
      const network = catalog.networkByUuid.get(asset.networkUuid);
      return {
        type: 'NETWORK',
        network: {
          href: networkHref(asset.networkUuid),
          uuid: asset.networkUuid,
          ...(network && {
            type: network.type,
            name: network.name,
            scope: network.scope,
            ...(network.location && { location: { ...network.location } }),
          }),
        },
      };
    }
  }
}

/** The metro (or, for regional networks, region) a token's asset lives in. */
export function assetLocation(
  asset: TokenAsset,
  catalog: Catalog,
): { metroCode?: string; region?: string } {
  switch (asset.kind) {
    case 'port': {
      const location = catalog.portByUuid.get(asset.portUuid)?.location;
      return { metroCode: location?.metroCode, region: location?.region };
    }
    case 'vd': {
      const device = catalog.deviceByUuid.get(asset.deviceUuid);
      return { metroCode: device?.metroCode, region: device?.region };
    }
    case 'network': {
      const location = catalog.networkByUuid.get(asset.networkUuid)?.location;
      return { metroCode: location?.metroCode, region: location?.region };
    }
  }
}

export function buildToken(spec: TokenSpec, catalog: Catalog): ServiceToken {
  const { creator } = spec;
  return {
    href: tokenHref(spec.uuid),
    type: 'VC_TOKEN',
    uuid: spec.uuid,
    ...(spec.name !== undefined && { name: spec.name }),
    ...(spec.description !== undefined && { description: spec.description }),
    state: spec.state,
    expirationDateTime: iso(spec.expiresMs),
    connection: {
      type: spec.connectionType,
      allowRemoteConnection: spec.allowRemoteConnection,
      allowCustomBandwidth: spec.allowCustomBandwidth,
      ...(spec.bandwidthLimit !== undefined && { bandwidthLimit: spec.bandwidthLimit }),
      ...(spec.supportedBandwidths && { supportedBandwidths: [...spec.supportedBandwidths] }),
      ...(spec.connectionUuid && {
        uuid: spec.connectionUuid,
        href: connectionHref(spec.connectionUuid),
      }),
      [spec.side]: { accessPointSelectors: [enrichedSelector(spec.asset, catalog)] },
    },
    notifications: spec.notifications.map((entry) => ({ ...entry, emails: [...entry.emails] })),
    account: { ...DEMO_ACCOUNT },
    changeLog: {
      createdBy: creator.username,
      createdByFullName: creator.fullName,
      createdByEmail: creator.email,
      createdDateTime: iso(spec.createdMs),
      updatedBy: creator.username,
      updatedByFullName: creator.fullName,
      updatedByEmail: creator.email,
      updatedDateTime: iso(spec.updatedMs),
      ...(spec.deletedMs !== undefined && {
        deletedBy: creator.username,
        deletedByFullName: creator.fullName,
        deletedByEmail: creator.email,
        deletedDateTime: iso(spec.deletedMs),
      }),
    },
    project: { projectId: spec.projectId },
  };
}

/** Reads back what a token points at from its (enriched) selector. */
export function tokenAsset(token: ServiceToken): TokenAsset | undefined {
  const selector = token.connection?.[tokenSide(token)]?.accessPointSelectors?.[0];
  if (selector?.port?.uuid && selector.linkProtocol) {
    return { kind: 'port', portUuid: selector.port.uuid, linkProtocol: selector.linkProtocol };
  }
  if (selector?.virtualDevice?.uuid && selector.interface?.id !== undefined) {
    return {
      kind: 'vd',
      deviceUuid: selector.virtualDevice.uuid,
      interfaceId: selector.interface.id,
    };
  }
  if (selector?.network?.uuid) return { kind: 'network', networkUuid: selector.network.uuid };
  return undefined;
}
