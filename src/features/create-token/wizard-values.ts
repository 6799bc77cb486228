import { defaultExpirationDays } from '@/lib/token-rules';
import { dateInputValue } from './expiration';

// The choices, once: the schemas and the draft check both read them.
export const tokenSides = ['A', 'Z'] as const;
export const assetTypes = ['PORT', 'VD', 'NETWORK'] as const;
export const portEncapsulations = ['DOT1Q', 'QINQ', 'UNTAGGED'] as const;
export const tokenNetworkTypes = ['EVPLAN', 'EPLAN', 'EVPTREE', 'EPTREE'] as const;
export const deviceModes = ['SINGLE', 'REDUNDANT'] as const;
export const interfaceModes = ['AUTO', 'MANUAL'] as const;

export type TokenSide = (typeof tokenSides)[number];
export type AssetType = (typeof assetTypes)[number];
export type PortEncapsulation = (typeof portEncapsulations)[number];
export type TokenNetworkType = (typeof tokenNetworkTypes)[number];

/**
 * Everything the wizard asks, flat, as the inputs hold it (tags as typed text). Values for the
 * asset kinds not chosen stay in the form so that switching back loses nothing; the schema and
 * the request mapping ignore them. `portEncapsulation`, `portBandwidthCap` and `networkType` are
 * what the chosen asset imposes on the other fields, recorded when the user picks it.
 */
export interface WizardValues {
  side: TokenSide;
  assetType: AssetType;
  metroCode: string;
  allowRemoteConnection: boolean;
  portUuid: string;
  portEncapsulation: PortEncapsulation | '';
  portBandwidthCap: number;
  vlanTag: string;
  vlanSTag: string;
  vlanCTag: string;
  deviceMode: (typeof deviceModes)[number];
  deviceUuid: string;
  secondaryDeviceUuid: string;
  interfaceMode: (typeof interfaceModes)[number];
  interfaceId: string;
  secondaryInterfaceId: string;
  networkUuid: string;
  networkType: TokenNetworkType | '';
  expirationDate: string;
  bandwidthLimit: number | null;
  supportedBandwidths: number[];
  emails: string[];
  name: string;
  description: string;
}

export type WizardField = keyof WizardValues;

export function emptyWizardValues(now: Date = new Date()): WizardValues {
  return {
    side: 'A',
    assetType: 'PORT',
    metroCode: '',
    allowRemoteConnection: true,
    portUuid: '',
    portEncapsulation: '',
    portBandwidthCap: 0,
    vlanTag: '',
    vlanSTag: '',
    vlanCTag: '',
    deviceMode: 'SINGLE',
    deviceUuid: '',
    secondaryDeviceUuid: '',
    interfaceMode: 'AUTO',
    interfaceId: '',
    secondaryInterfaceId: '',
    networkUuid: '',
    networkType: '',
    expirationDate: dateInputValue(defaultExpirationDays, now),
    bandwidthLimit: null,
    supportedBandwidths: [],
    emails: [],
    name: '',
    description: '',
  };
}
