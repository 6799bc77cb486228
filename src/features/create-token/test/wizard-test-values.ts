import { dateInputValue } from '../expiration';
import { emptyWizardValues, type WizardValues } from '../wizard-values';

/** Complete, valid answers for each token kind, for tests to start from and break one rule at a time. */
const details = (): Partial<WizardValues> => ({
  expirationDate: dateInputValue(30),
  emails: ['noc@customer.example'],
});

export function aSidePortValues(overrides: Partial<WizardValues> = {}): WizardValues {
  return {
    ...emptyWizardValues(),
    ...details(),
    side: 'A',
    assetType: 'PORT',
    metroCode: 'SV',
    portUuid: 'b3e0a7c4-5d21-4f8a-9c6e-000000000101',
    portEncapsulation: 'DOT1Q',
    portBandwidthCap: 8000,
    vlanTag: '1399',
    bandwidthLimit: 1000,
    ...overrides,
  };
}

export function zSideDeviceValues(overrides: Partial<WizardValues> = {}): WizardValues {
  return {
    ...emptyWizardValues(),
    ...details(),
    side: 'Z',
    assetType: 'VD',
    metroCode: 'DC',
    deviceMode: 'SINGLE',
    deviceUuid: 'd7c2e5a9-4b18-4e6f-8a3d-000000000201',
    interfaceMode: 'AUTO',
    supportedBandwidths: [50, 1000],
    ...overrides,
  };
}

export function zSideNetworkValues(overrides: Partial<WizardValues> = {}): WizardValues {
  return {
    ...emptyWizardValues(),
    ...details(),
    side: 'Z',
    assetType: 'NETWORK',
    networkUuid: 'e4a9b2c1-6f3d-4a8e-9b57-000000000301',
    networkType: 'EVPLAN',
    supportedBandwidths: [50000],
    ...overrides,
  };
}
