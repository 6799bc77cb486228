import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../tests/contract/contract-schema';
import { dateInputValue } from './expiration';
import { toServiceTokenRequest } from './to-service-token-request';
import { wizardSchema } from './wizard-schema';
import { aSidePortValues, zSideDeviceValues, zSideNetworkValues } from './test/wizard-test-values';
import type { WizardValues } from './wizard-values';

const projectId = '3f9a6c52-8b1e-4d07-9c3a-5e2b7d4f1a60';
// The schema checks the expiration against the clock, so the request is built at the real "now".
const now = new Date();

function requestsFor(values: WizardValues) {
  const requests = toServiceTokenRequest(wizardSchema.parse(values), { projectId, now });
  for (const request of requests) {
    // Every body the wizard sends conforms to the API contract.
    expect(validateRequest('post', '/fabric/v4/serviceTokens', request).errors).toEqual([]);
  }
  return requests;
}

describe('the form as a create request', () => {
  it('makes an A-side Dot1q port token with one bandwidth limit', () => {
    const [request, ...rest] = requestsFor(
      aSidePortValues({ expirationDate: dateInputValue(30, now) }),
    );
    expect(rest).toEqual([]);
    expect(request).toEqual({
      type: 'VC_TOKEN',
      expirationDateTime: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
      connection: {
        type: 'EVPL_VC',
        allowRemoteConnection: true,
        allowCustomBandwidth: false,
        bandwidthLimit: 1000,
        aSide: {
          accessPointSelectors: [
            {
              type: 'COLO',
              port: { uuid: 'b3e0a7c4-5d21-4f8a-9c6e-000000000101' },
              linkProtocol: { type: 'DOT1Q', vlanTag: 1399 },
            },
          ],
        },
      },
      notifications: [{ type: 'ALL', emails: ['noc@customer.example'] }],
      project: { projectId },
    });
  });

  it('sends QinQ tags, or no tag for an untagged port', () => {
    const qinq = requestsFor(
      aSidePortValues({ portEncapsulation: 'QINQ', vlanTag: '', vlanSTag: '300', vlanCTag: '30' }),
    );
    expect(qinq[0]?.connection?.aSide?.accessPointSelectors?.[0]?.linkProtocol).toEqual({
      type: 'QINQ',
      vlanSTag: 300,
      vlanCTag: 30,
    });
    const untagged = requestsFor(aSidePortValues({ portEncapsulation: 'UNTAGGED', vlanTag: '' }));
    expect(untagged[0]?.connection?.aSide?.accessPointSelectors?.[0]?.linkProtocol).toEqual({
      type: 'UNTAGGED',
    });
  });

  it('makes a Z-side port token with the supported bandwidths, in order', () => {
    const [request] = requestsFor(
      aSidePortValues({ side: 'Z', bandwidthLimit: null, supportedBandwidths: [1000, 50, 200] }),
    );
    expect(request?.connection).toMatchObject({
      type: 'EVPL_VC',
      supportedBandwidths: [50, 200, 1000],
    });
    expect(request?.connection).not.toHaveProperty('bandwidthLimit');
    expect(request?.connection).not.toHaveProperty('aSide');
    expect(request?.connection?.zSide?.accessPointSelectors?.[0]?.type).toBe('COLO');
  });

  it('lets the server pick the next interface, or names the chosen one', () => {
    const auto = requestsFor(zSideDeviceValues());
    expect(auto[0]?.connection?.zSide?.accessPointSelectors).toEqual([
      {
        type: 'VD',
        virtualDevice: { type: 'EDGE', uuid: 'd7c2e5a9-4b18-4e6f-8a3d-000000000201' },
        interface: { type: 'NETWORK' },
      },
    ]);
    const chosen = requestsFor(zSideDeviceValues({ interfaceMode: 'MANUAL', interfaceId: '5' }));
    expect(chosen[0]?.connection?.zSide?.accessPointSelectors?.[0]?.interface).toEqual({
      type: 'NETWORK',
      id: 5,
    });
  });

  it('makes two requests for a redundant pair, primary then secondary', () => {
    const primaryDevice = 'd7c2e5a9-4b18-4e6f-8a3d-000000000202';
    const secondaryDevice = 'd7c2e5a9-4b18-4e6f-8a3d-000000000203';
    const requests = requestsFor(
      zSideDeviceValues({
        deviceMode: 'REDUNDANT',
        deviceUuid: primaryDevice,
        secondaryDeviceUuid: secondaryDevice,
        interfaceMode: 'MANUAL',
        interfaceId: '4',
        secondaryInterfaceId: '7',
      }),
    );
    const selectors = requests.map(
      (request) => request.connection?.zSide?.accessPointSelectors?.[0],
    );
    expect(selectors.map((selector) => selector?.virtualDevice?.uuid)).toEqual([
      primaryDevice,
      secondaryDevice,
    ]);
    expect(selectors.map((selector) => selector?.interface?.id)).toEqual([4, 7]);
  });

  it.each([
    ['EVPLAN', 'EVPLAN_VC'],
    ['EPLAN', 'EPLAN_VC'],
    ['EVPTREE', 'EVPTREE_VC'],
    ['EPTREE', 'EPTREE_VC'],
  ] as const)('makes a %s network token of connection type %s', (networkType, connectionType) => {
    const [request] = requestsFor(zSideNetworkValues({ networkType }));
    expect(request?.connection?.type).toBe(connectionType);
    expect(request?.connection?.zSide?.accessPointSelectors).toEqual([
      {
        type: 'NETWORK',
        network: { type: networkType, uuid: 'e4a9b2c1-6f3d-4a8e-9b57-000000000301' },
      },
    ]);
  });

  it('always says whether remote connections are allowed', () => {
    const [request] = requestsFor(aSidePortValues({ allowRemoteConnection: false }));
    expect(request?.connection?.allowRemoteConnection).toBe(false);
  });

  it('sends a name and a description only when given, trimmed', () => {
    const [without] = requestsFor(aSidePortValues({ name: '  ', description: '' }));
    expect(without).not.toHaveProperty('name');
    expect(without).not.toHaveProperty('description');
    const [withBoth] = requestsFor(aSidePortValues({ name: ' Customer X ', description: 'For X' }));
    expect(withBoth).toMatchObject({ name: 'Customer X', description: 'For X' });
  });
});
