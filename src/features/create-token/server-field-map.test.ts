import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { formFieldOf, mapServerError } from './server-field-map';
import { aSidePortValues, zSideDeviceValues } from './test/wizard-test-values';

function refusal(...infos: { property?: string; reason?: string }[]) {
  return new ApiError(
    'http',
    400,
    [
      {
        errorCode: 'EQ-3142501',
        errorMessage: 'Invalid input',
        correlationId: 'c-1',
        additionalInfo: infos,
      },
    ],
    'c-1',
    'Invalid input',
  );
}

const port = { requestIndex: 0, values: aSidePortValues() };

describe('where a server error lands in the form', () => {
  it.each([
    ['/connection/aSide/accessPointSelectors/0/linkProtocol/vlanTag', 'vlanTag'],
    ['/connection/zSide/accessPointSelectors/0/linkProtocol/vlanSTag', 'vlanSTag'],
    ['/connection/zSide/accessPointSelectors/0/linkProtocol/vlanCTag', 'vlanCTag'],
    ['/connection/aSide/accessPointSelectors/0/linkProtocol', 'vlanTag'],
    ['/connection/aSide/accessPointSelectors/0/port/uuid', 'portUuid'],
    ['/connection/zSide/accessPointSelectors/0/virtualDevice/uuid', 'deviceUuid'],
    ['/connection/zSide/accessPointSelectors/0/network/uuid', 'networkUuid'],
    ['/connection/allowRemoteConnection', 'allowRemoteConnection'],
    ['/connection/bandwidthLimit', 'bandwidthLimit'],
    ['/connection/supportedBandwidths', 'supportedBandwidths'],
    ['/connection/supportedBandwidths/2', 'supportedBandwidths'],
    ['/expirationDateTime', 'expirationDate'],
    ['/notifications/0/emails/1', 'emails'],
    ['/notifications', 'emails'],
    ['/name', 'name'],
    ['/description', 'description'],
  ])('%s → %s', (property, field) => {
    expect(formFieldOf(property, port)).toBe(field);
  });

  it('sends an interface error to the interface the request chose', () => {
    const property = '/connection/zSide/accessPointSelectors/0/interface/id';
    const manual = zSideDeviceValues({ interfaceMode: 'MANUAL', deviceMode: 'REDUNDANT' });
    expect(formFieldOf(property, { requestIndex: 0, values: manual })).toBe('interfaceId');
    expect(formFieldOf(property, { requestIndex: 1, values: manual })).toBe('secondaryInterfaceId');
    expect(formFieldOf(property, { requestIndex: 0, values: zSideDeviceValues() })).toBe(
      'interfaceMode',
    );
  });

  it('names the address a recipient error is about', () => {
    const values = aSidePortValues({ emails: ['ok@x.example', 'bounce@x.example'] });
    const mapped = mapServerError(
      refusal({ property: '/notifications/0/emails/1', reason: 'is not deliverable' }),
      {
        requestIndex: 0,
        values,
      },
    );
    expect(mapped).toEqual({
      fields: [
        { field: 'emails', step: 'details', message: 'bounce@x.example: is not deliverable' },
      ],
      unmapped: false,
    });
  });

  it('keeps what names no field for the page, with the error code', () => {
    expect(
      mapServerError(refusal({ property: '/project/projectId', reason: 'unknown' }), port),
    ).toEqual({
      fields: [],
      unmapped: true,
    });
    expect(mapServerError(refusal(), port).unmapped).toBe(true);
    const both = mapServerError(
      refusal(
        {
          property: '/connection/aSide/accessPointSelectors/0/linkProtocol/vlanTag',
          reason: 'VLAN 1399 is in use',
        },
        { property: '/type' },
      ),
      port,
    );
    expect(both.fields).toEqual([
      { field: 'vlanTag', step: 'basic', message: 'VLAN 1399 is in use' },
    ]);
    expect(both.unmapped).toBe(true);
  });

  it('falls back to the error message when the entry gives no reason', () => {
    const mapped = mapServerError(refusal({ property: '/expirationDateTime' }), port);
    expect(mapped.fields[0]?.message).toBe('Invalid input');
  });
});
