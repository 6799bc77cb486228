import { describe, expect, it } from 'vitest';
import { dateInputValue } from './expiration';
import { wizardIssues } from './wizard-schema';
import { firstInvalidStep } from './wizard-steps';
import { aSidePortValues, zSideDeviceValues, zSideNetworkValues } from './test/wizard-test-values';
import type { WizardValues } from './wizard-values';

function messageFor(values: WizardValues, field: string): string | undefined {
  return wizardIssues(values).find((issue) => issue.field === field)?.message;
}

describe('basic configuration rules', () => {
  it('accepts a complete answer for each kind', () => {
    expect(wizardIssues(aSidePortValues())).toEqual([]);
    expect(wizardIssues(zSideDeviceValues())).toEqual([]);
    expect(wizardIssues(zSideNetworkValues())).toEqual([]);
  });

  it('asks for a location and a port', () => {
    expect(messageFor(aSidePortValues({ metroCode: '' }), 'metroCode')).toBe('Select a location');
    expect(messageFor(aSidePortValues({ portUuid: '' }), 'portUuid')).toBe('Select a port');
  });

  it.each([
    ['1', 'Must be between 2 and 4092'],
    ['2', undefined],
    ['4092', undefined],
    ['4093', 'Must be between 2 and 4092'],
    ['', 'Enter a VLAN ID'],
    ['12a', 'Enter a whole number'],
    ['12.5', 'Enter a whole number'],
  ])('a Dot1q VLAN ID of "%s" gives %s', (vlanTag, message) => {
    expect(messageFor(aSidePortValues({ vlanTag }), 'vlanTag')).toBe(message);
  });

  it.each([
    ['vlanSTag', '1', 'Must be between 2 and 4092'],
    ['vlanSTag', '2', undefined],
    ['vlanSTag', '4092', undefined],
    ['vlanSTag', '4093', 'Must be between 2 and 4092'],
    ['vlanCTag', '1', 'Must be between 2 and 4092'],
    ['vlanCTag', '2', undefined],
    ['vlanCTag', '4092', undefined],
    ['vlanCTag', '4093', 'Must be between 2 and 4092'],
    ['vlanCTag', '', 'Enter an inner tag (C-tag)'],
  ])('a QinQ %s of "%s" gives %s', (field, tag, message) => {
    const values = aSidePortValues({
      portEncapsulation: 'QINQ',
      vlanTag: '',
      vlanSTag: '300',
      vlanCTag: '30',
      [field]: tag,
    });
    expect(messageFor(values, field)).toBe(message);
  });

  it('asks no tag of an untagged port, and only the tags of the port encapsulation', () => {
    expect(wizardIssues(aSidePortValues({ portEncapsulation: 'UNTAGGED', vlanTag: '' }))).toEqual(
      [],
    );
    const dot1q = aSidePortValues({ vlanSTag: 'junk', vlanCTag: 'junk' });
    expect(wizardIssues(dot1q)).toEqual([]);
  });

  it('offers devices and networks on the Z-side only', () => {
    expect(messageFor(zSideDeviceValues({ side: 'A' }), 'side')).toBe(
      'Virtual device tokens are Z-side only',
    );
    expect(messageFor(zSideNetworkValues({ side: 'A' }), 'side')).toBe(
      'Network tokens are Z-side only',
    );
  });

  it('asks for a device, or both devices of a pair', () => {
    expect(messageFor(zSideDeviceValues({ deviceUuid: '' }), 'deviceUuid')).toBe('Select a device');
    const pair = zSideDeviceValues({ deviceMode: 'REDUNDANT', secondaryDeviceUuid: '' });
    expect(messageFor(pair, 'deviceUuid')).toBe('Select a pair of redundant devices');
  });

  it('asks for an interface per device when the user selects them', () => {
    const single = zSideDeviceValues({ interfaceMode: 'MANUAL' });
    expect(messageFor(single, 'interfaceId')).toBe('Select an interface');
    expect(wizardIssues({ ...single, interfaceId: '5' })).toEqual([]);
    const pair = zSideDeviceValues({
      interfaceMode: 'MANUAL',
      deviceMode: 'REDUNDANT',
      secondaryDeviceUuid: 'd7c2e5a9-4b18-4e6f-8a3d-000000000203',
      interfaceId: '5',
    });
    expect(messageFor(pair, 'secondaryInterfaceId')).toBe(
      'Select an interface on the secondary device',
    );
    expect(wizardIssues({ ...pair, secondaryInterfaceId: '6' })).toEqual([]);
  });

  it('refuses an interface id that is not a listed interface (a tampered draft)', () => {
    const single = zSideDeviceValues({ interfaceMode: 'MANUAL' });
    for (const interfaceId of ['abc', '9.5', '0', '-3']) {
      expect(messageFor({ ...single, interfaceId }, 'interfaceId')).toBe(
        'Select one of the listed interfaces',
      );
    }
  });

  it('refuses a speed listed twice (a restored draft can hold one)', () => {
    expect(
      messageFor(zSideDeviceValues({ supportedBandwidths: [50, 50] }), 'supportedBandwidths'),
    ).toBe('50 Mbps is listed twice');
  });

  it('asks for a network', () => {
    expect(messageFor(zSideNetworkValues({ networkUuid: '' }), 'networkUuid')).toBe(
      'Select a network',
    );
  });
});

describe('token details rules', () => {
  it('bounds the expiration to tomorrow..90 days', () => {
    expect(
      messageFor(aSidePortValues({ expirationDate: dateInputValue(0) }), 'expirationDate'),
    ).toBe('The expiration must be after today');
    expect(
      messageFor(aSidePortValues({ expirationDate: dateInputValue(1) }), 'expirationDate'),
    ).toBeUndefined();
    expect(
      messageFor(aSidePortValues({ expirationDate: dateInputValue(90) }), 'expirationDate'),
    ).toBeUndefined();
    expect(
      messageFor(aSidePortValues({ expirationDate: dateInputValue(91) }), 'expirationDate'),
    ).toBe('The expiration can be at most 90 days ahead');
  });

  it('wants one bandwidth limit on the A-side, within the port available bandwidth', () => {
    expect(messageFor(aSidePortValues({ bandwidthLimit: null }), 'bandwidthLimit')).toBe(
      'Choose a bandwidth limit',
    );
    expect(messageFor(aSidePortValues({ bandwidthLimit: 5000 }), 'bandwidthLimit')).toBeUndefined();
    expect(messageFor(aSidePortValues({ bandwidthLimit: 10000 }), 'bandwidthLimit')).toBe(
      '10 Gbps is more than this asset allows (8 Gbps)',
    );
    expect(messageFor(aSidePortValues({ bandwidthLimit: 300 }), 'bandwidthLimit')).toBe(
      '300 Mbps is not one of the offered speeds',
    );
  });

  it('caps port tokens at 50 Gbps, device tokens at 10 Gbps and network tokens at 50 Gbps', () => {
    const bigPort = { portBandwidthCap: 90000 };
    expect(
      messageFor(aSidePortValues({ ...bigPort, bandwidthLimit: 50000 }), 'bandwidthLimit'),
    ).toBeUndefined();
    const device = (supportedBandwidths: number[]) =>
      messageFor(zSideDeviceValues({ supportedBandwidths }), 'supportedBandwidths');
    expect(device([10000])).toBeUndefined();
    expect(device([10000, 25000])).toBe('25 Gbps is more than this asset allows (10 Gbps)');
    expect(
      messageFor(zSideNetworkValues({ supportedBandwidths: [50000] }), 'supportedBandwidths'),
    ).toBeUndefined();
  });

  it('wants at least one supported bandwidth on the Z-side', () => {
    expect(messageFor(zSideDeviceValues({ supportedBandwidths: [] }), 'supportedBandwidths')).toBe(
      'Choose at least one bandwidth',
    );
    expect(
      messageFor(zSideDeviceValues({ supportedBandwidths: [50] }), 'supportedBandwidths'),
    ).toBeUndefined();
  });

  it('takes 1 to 12 valid, distinct recipients', () => {
    const emails = (count: number) =>
      Array.from({ length: count }, (_, n) => `user${n}@customer.example`);
    expect(messageFor(aSidePortValues({ emails: [] }), 'emails')).toBe(
      'Add at least one recipient',
    );
    expect(messageFor(aSidePortValues({ emails: emails(1) }), 'emails')).toBeUndefined();
    expect(messageFor(aSidePortValues({ emails: emails(12) }), 'emails')).toBeUndefined();
    expect(messageFor(aSidePortValues({ emails: emails(13) }), 'emails')).toBe(
      'Add at most 12 recipients',
    );
    expect(messageFor(aSidePortValues({ emails: ['not-an-email'] }), 'emails')).toBe(
      'not-an-email is not a valid email address',
    );
    expect(messageFor(aSidePortValues({ emails: ['a@x.example', 'A@x.example'] }), 'emails')).toBe(
      'A@x.example is listed twice',
    );
  });
});

describe('the first step with a problem', () => {
  it('is none for a complete answer, else the earliest incomplete step', () => {
    expect(firstInvalidStep(aSidePortValues())).toBeUndefined();
    expect(firstInvalidStep(aSidePortValues({ emails: [] }))?.id).toBe('details');
    expect(firstInvalidStep(aSidePortValues({ vlanTag: '', emails: [] }))?.id).toBe('basic');
  });
});
