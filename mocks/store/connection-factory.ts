import type { components } from '@/api/schema.gen';
import type { Connection, LinkProtocol, Network, Port, ServiceToken } from '@/api/types';
import { DEMO_ACCOUNT } from '../seed/fixtures';
import { metroHref } from '../seed/metros';
import type { NeDevice } from './catalog';
import { connectionHref, deviceHref, interfaceUuid } from './token-factory';
import type { ConnectionType, Notification, Person } from './token-spec';

type ConnectionSide = components['schemas']['ConnectionSide'];
type AccessPoint = components['schemas']['AccessPoint'];

const location = (metroCode: string | undefined) =>
  metroCode ? { metroHref: metroHref(metroCode), metroCode } : undefined;

export function portAccessPoint(port: Port, linkProtocol: LinkProtocol): AccessPoint {
  return {
    type: 'COLO',
    port: { href: port.href, type: 'XF_PORT', uuid: port.uuid, name: port.name },
    linkProtocol: { ...linkProtocol },
    location: location(port.location?.metroCode),
  };
}

export function deviceAccessPoint(device: NeDevice, interfaceId: number): AccessPoint {
  return {
    type: 'VD',
    virtualDevice: {
      href: deviceHref(device.uuid),
      uuid: device.uuid,
      name: device.name,
      type: 'EDGE',
    },
    interface: { uuid: interfaceUuid(device.uuid, interfaceId), id: interfaceId, type: 'NETWORK' },
    location: location(device.metroCode),
  };
}

export function networkAccessPoint(network: Network): AccessPoint {
  return {
    type: 'NETWORK',
    network: {
      href: network.href,
      uuid: network.uuid,
      name: network.name,
      type: network.type,
      scope: network.scope,
      state: network.state,
      ...(network.location && { location: { ...network.location } }),
    },
    ...(network.location?.metroCode && { location: location(network.location.metroCode) }),
  };
}

export function profileAccessPoint(profileUuid: string, metroCode: string): AccessPoint {
  return {
    type: 'SP',
    profile: {
      href: `https://api.equinix.com/fabric/v4/serviceProfiles/${profileUuid}`,
      uuid: profileUuid,
      type: 'L2_PROFILE',
      name: 'Demo Cloud Exchange',
    },
    location: location(metroCode),
  };
}

/** A token side as a connection response shows it: the token, and the access point it grants. */
export function tokenConnectionSide(token: ServiceToken, accessPoint: AccessPoint): ConnectionSide {
  return {
    serviceToken: {
      href: token.href,
      uuid: token.uuid,
      type: token.type,
      ...(token.project && { project: { projectId: token.project.projectId } }),
    },
    accessPoint,
  };
}

export interface ConnectionSpec {
  uuid: string;
  name: string;
  type: ConnectionType;
  bandwidth: number;
  aSide: ConnectionSide;
  zSide: ConnectionSide;
  createdMs: number;
  creator: Person;
  projectId: string;
  notifications: Notification[];
  redundancy: { group: string; priority: 'PRIMARY' | 'SECONDARY' };
  isRemote: boolean;
  provisioned: boolean;
}

export function buildConnection(spec: ConnectionSpec): Connection {
  const when = new Date(spec.createdMs).toISOString();
  return {
    href: connectionHref(spec.uuid),
    type: spec.type,
    uuid: spec.uuid,
    name: spec.name,
    state: spec.provisioned ? 'ACTIVE' : 'PROVISIONING',
    operation: {
      providerStatus: spec.provisioned ? 'AVAILABLE' : 'NOT_AVAILABLE',
      equinixStatus: spec.provisioned ? 'PROVISIONED' : 'PROVISIONING',
    },
    order: { billingTier: `Up to ${spec.bandwidth} MB`, termLength: 1 },
    notifications: spec.notifications.map((entry) => ({ ...entry, emails: [...entry.emails] })),
    account: { ...DEMO_ACCOUNT },
    changeLog: {
      createdBy: spec.creator.username,
      createdByFullName: spec.creator.fullName,
      createdByEmail: spec.creator.email,
      createdDateTime: when,
      updatedBy: spec.creator.username,
      updatedDateTime: when,
    },
    bandwidth: spec.bandwidth,
    redundancy: { ...spec.redundancy },
    isRemote: spec.isRemote,
    direction: 'OUTGOING',
    aSide: spec.aSide,
    zSide: spec.zSide,
    project: { projectId: spec.projectId },
  };
}

/** What a connection holds: port VLANs and device interfaces, on either side. */
export interface ConnectionHold {
  portUuid?: string;
  linkProtocol?: LinkProtocol;
  deviceUuid?: string;
  interfaceId?: number;
}

export function connectionHolds(connection: Connection): ConnectionHold[] {
  const holds: ConnectionHold[] = [];
  for (const side of [connection.aSide, connection.zSide]) {
    const point = side?.accessPoint;
    if (point?.type === 'COLO' && point.port?.uuid) {
      holds.push({ portUuid: point.port.uuid, linkProtocol: point.linkProtocol });
    }
    if (point?.type === 'VD' && point.virtualDevice?.uuid && point.interface?.id !== undefined) {
      holds.push({ deviceUuid: point.virtualDevice.uuid, interfaceId: point.interface.id });
    }
  }
  return holds;
}
