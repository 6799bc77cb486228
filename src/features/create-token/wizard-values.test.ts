import { describe, expect, it } from 'vitest';
import { dateInputValue } from './expiration';
import { formSteps } from './wizard-steps';
import { emptyWizardValues, isWizardField, wizardFieldLabel } from './wizard-values';

describe('the wizard fields, as the step schemas define them', () => {
  it('belong to exactly one step each, in the order the steps ask them', () => {
    const fields = formSteps.flatMap((step) => step.fields);
    expect(new Set(fields).size).toBe(fields.length);
    expect(Object.keys(emptyWizardValues())).toEqual(fields);
    expect(formSteps.find((step) => step.id === 'basic')?.fields.slice(0, 3)).toEqual([
      'side',
      'assetType',
      'metroCode',
    ]);
    expect(formSteps.find((step) => step.id === 'review')?.fields).toEqual([]);
  });

  it('each carry the label the review shows', () => {
    const fields = formSteps.flatMap((step) => step.fields);
    for (const field of fields) expect(wizardFieldLabel(field)).not.toBe('');
    expect(wizardFieldLabel('vlanSTag')).toBe('Outer Tag / S-tag');
    expect(wizardFieldLabel('emails')).toBe('Recipients');
    expect(isWizardField('emails')).toBe(true);
    expect(isWizardField('toString')).toBe(false);
  });

  it('start a fresh form with the values the portal starts with', () => {
    // toMatchObject: a field added later brings its own starting value, checked by its own test.
    expect(emptyWizardValues()).toMatchObject({
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
      expirationDate: dateInputValue(90),
      bandwidthLimit: null,
      supportedBandwidths: [],
      emails: [],
      name: '',
      description: '',
    });
  });

  it('start each form with lists of its own', () => {
    const first = emptyWizardValues();
    first.emails.push('noc@customer.example');
    expect(emptyWizardValues().emails).toEqual([]);
  });
});
