import type {
  AccessPointSelector,
  LinkProtocol,
  ServiceToken,
  ServiceTokenConnection,
} from '@/api/types';
import type { BasicConfig } from './basic-schema';
import { expirationDateTime } from './expiration';
import type { WizardOutput } from './wizard-schema';

export interface RequestContext {
  projectId: string;
  /** The moment the request is built: the expiration counts from it. */
  now: Date;
}

type ConnectionType = NonNullable<ServiceTokenConnection['type']>;

const networkConnectionTypes: Record<string, ConnectionType> = {
  EVPLAN: 'EVPLAN_VC',
  EPLAN: 'EPLAN_VC',
  EVPTREE: 'EVPTREE_VC',
  EPTREE: 'EPTREE_VC',
};

function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`The form has no ${what}`);
  return value;
}

function linkProtocol(values: Extract<BasicConfig, { assetType: 'PORT' }>): LinkProtocol {
  switch (values.portEncapsulation) {
    case 'DOT1Q':
      return { type: 'DOT1Q', vlanTag: present(values.vlanTag, 'VLAN ID') };
    case 'QINQ':
      return {
        type: 'QINQ',
        vlanSTag: present(values.vlanSTag, 'S-tag'),
        vlanCTag: present(values.vlanCTag, 'C-tag'),
      };
    case 'UNTAGGED':
      return { type: 'UNTAGGED' };
    default:
      throw new Error('The form has no port encapsulation');
  }
}

/** One selector per token: a redundant pair gives two, primary first. */
function accessPointSelectors(values: BasicConfig): AccessPointSelector[] {
  switch (values.assetType) {
    case 'PORT':
      return [
        { type: 'COLO', port: { uuid: values.portUuid }, linkProtocol: linkProtocol(values) },
      ];
    case 'NETWORK':
      return [
        {
          type: 'NETWORK',
          network: {
            type: present(values.networkType || null, 'network type'),
            uuid: values.networkUuid,
          },
        },
      ];
    case 'VD': {
      const manual = values.interfaceMode === 'MANUAL';
      const selector = (uuid: string, interfaceId: number | undefined): AccessPointSelector => ({
        type: 'VD',
        virtualDevice: { type: 'EDGE', uuid },
        // Without an id the server takes the device's next available interface.
        interface: manual
          ? { type: 'NETWORK', id: present(interfaceId, 'interface') }
          : { type: 'NETWORK' },
      });
      const primary = selector(values.deviceUuid, values.interfaceId);
      if (values.deviceMode === 'SINGLE') return [primary];
      return [primary, selector(values.secondaryDeviceUuid, values.secondaryInterfaceId)];
    }
  }
}

function connectionType(values: BasicConfig): ConnectionType {
  if (values.assetType !== 'NETWORK') return 'EVPL_VC';
  return present(networkConnectionTypes[values.networkType], 'network type');
}

/**
 * The form's answers as `POST /fabric/v4/serviceTokens` bodies (DOMAIN section 0): one request per
 * token, so a redundant device pair yields two, primary then secondary.
 */
export function toServiceTokenRequest(
  values: WizardOutput,
  context: RequestContext,
): ServiceToken[] {
  const type = connectionType(values);
  return accessPointSelectors(values).map((selector) => {
    const side = { accessPointSelectors: [selector] };
    const connection: ServiceTokenConnection =
      values.side === 'A'
        ? {
            type,
            allowRemoteConnection: values.allowRemoteConnection,
            allowCustomBandwidth: false,
            bandwidthLimit: present(values.bandwidthLimit, 'bandwidth limit'),
            aSide: side,
          }
        : {
            type,
            allowRemoteConnection: values.allowRemoteConnection,
            allowCustomBandwidth: false,
            supportedBandwidths: [...values.supportedBandwidths].sort((a, b) => a - b),
            zSide: side,
          };
    return {
      type: 'VC_TOKEN',
      ...(values.name ? { name: values.name } : {}),
      ...(values.description ? { description: values.description } : {}),
      expirationDateTime: expirationDateTime(values.expirationDate, context.now),
      connection,
      notifications: [{ type: 'ALL', emails: [...values.emails] }],
      project: { projectId: context.projectId },
    };
  });
}
