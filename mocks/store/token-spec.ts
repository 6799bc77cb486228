import type { LinkProtocol, ServiceTokenConnection, ServiceTokenState } from '@/api/types';
import type { components } from '@/api/schema.gen';

export type Notification = components['schemas']['SimplifiedNotification'];
export type TokenSide = 'aSide' | 'zSide';
export type ConnectionType = NonNullable<ServiceTokenConnection['type']>;

/** What a token authorises: one port VLAN, one device interface, or one network. */
export type TokenAsset =
  | { kind: 'port'; portUuid: string; linkProtocol: LinkProtocol }
  | { kind: 'vd'; deviceUuid: string; interfaceId: number }
  | { kind: 'network'; networkUuid: string };

export interface Person {
  username: string;
  fullName: string;
  email: string;
}

/** Everything needed to build a ServiceToken; the seed, scale seeds and creates all produce one. */
export interface TokenSpec {
  uuid: string;
  name?: string;
  description?: string;
  state: ServiceTokenState;
  projectId: string;
  side: TokenSide;
  asset: TokenAsset;
  connectionType: ConnectionType;
  allowRemoteConnection: boolean;
  allowCustomBandwidth: boolean;
  bandwidthLimit?: number;
  supportedBandwidths?: number[];
  notifications: Notification[];
  createdMs: number;
  updatedMs: number;
  expiresMs: number;
  deletedMs?: number;
  creator: Person;
  connectionUuid?: string;
}
