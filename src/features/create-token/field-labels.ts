import type { WizardField } from './wizard-values';

/** How the review names a field when it lists what the server refused. */
export const fieldLabels: Record<WizardField, string> = {
  side: 'Service token type',
  assetType: 'Asset type',
  metroCode: 'Location',
  allowRemoteConnection: 'Allow a remote connection',
  portUuid: 'Port',
  portEncapsulation: 'Port',
  portBandwidthCap: 'Port',
  vlanTag: 'VLAN ID',
  vlanSTag: 'Outer Tag / S-tag',
  vlanCTag: 'Inner Tag / C-tag',
  deviceMode: 'Virtual device type',
  deviceUuid: 'Virtual device',
  secondaryDeviceUuid: 'Secondary device',
  interfaceMode: 'Interface selection',
  interfaceId: 'Interface',
  secondaryInterfaceId: 'Secondary interface',
  networkUuid: 'Network',
  networkType: 'Network',
  expirationDate: 'Expiration date',
  bandwidthLimit: 'Connection bandwidth limit',
  supportedBandwidths: 'Supported connection bandwidths',
  emails: 'Recipients',
  name: 'Name',
  description: 'Description',
};
