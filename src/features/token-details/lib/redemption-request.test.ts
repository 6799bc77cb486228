import { describe, expect, it } from 'vitest';
import type { Port, ServiceToken } from '@/api/types';
import {
  freeLinkProtocol,
  pickRedemptionPort,
  redemptionBandwidth,
  redemptionRequest,
} from './redemption-request';

const project = { projectId: 'p-1' };
const port = (uuid: string, metroCode: string, type: 'DOT1Q' | 'QINQ' | 'UNTAGGED'): Port => ({
  uuid,
  state: 'ACTIVE',
  project,
  location: { metroCode },
  encapsulation: { type },
});

const aSideToken: ServiceToken = {
  uuid: '7e5d0c3a-91b2-4f6e-8d4c-000000000001',
  project,
  connection: {
    type: 'EVPL_VC',
    allowRemoteConnection: false,
    allowCustomBandwidth: false,
    bandwidthLimit: 1000,
    aSide: {
      accessPointSelectors: [
        { type: 'COLO', port: { uuid: 'own', location: { metroCode: 'SV' } } },
      ],
    },
  },
  notifications: [{ type: 'ALL', emails: ['r@example.com'] }],
};

const zSideToken: ServiceToken = {
  ...aSideToken,
  connection: {
    allowRemoteConnection: true,
    allowCustomBandwidth: false,
    supportedBandwidths: [500, 200, 1000],
    zSide: { accessPointSelectors: [{ type: 'VD', virtualDevice: { uuid: 'd' } }] },
  },
};

describe('simulated redemption', () => {
  it('picks another active tagged port of the project, in the token metro first', () => {
    const ports = [
      port('own', 'SV', 'DOT1Q'),
      port('far', 'AM', 'DOT1Q'),
      port('local-untagged', 'SV', 'UNTAGGED'),
      port('local', 'SV', 'DOT1Q'),
      { ...port('other-project', 'SV', 'DOT1Q'), project: { projectId: 'p-2' } },
    ];
    expect(pickRedemptionPort(aSideToken, ports, 'SV')?.uuid).toBe('local');
    expect(pickRedemptionPort(aSideToken, ports, 'NY')?.uuid).toBe('far');
    expect(pickRedemptionPort(aSideToken, [port('own', 'SV', 'DOT1Q')], 'SV')).toBeUndefined();
  });

  it('uses the lowest free tag from 1000', () => {
    const used = [
      { vlanTag: 1000 },
      { vlanTag: 1001, state: 'RELEASED' as const },
      { vlanSTag: 1002 },
    ];
    expect(freeLinkProtocol(port('x', 'SV', 'DOT1Q'), used)).toEqual({
      type: 'DOT1Q',
      vlanTag: 1001,
    });
    expect(freeLinkProtocol(port('x', 'SV', 'QINQ'), [])).toEqual({
      type: 'QINQ',
      vlanSTag: 1000,
      vlanCTag: 100,
    });
    expect(freeLinkProtocol(port('x', 'SV', 'UNTAGGED'), [])).toEqual({ type: 'UNTAGGED' });
  });

  it('asks for the A-side limit or the lowest Z-side speed', () => {
    expect(redemptionBandwidth(aSideToken)).toBe(1000);
    expect(redemptionBandwidth(zSideToken)).toBe(200);
  });

  it('puts an A-side token on the A side and the port on the Z side', () => {
    const request = redemptionRequest(
      aSideToken,
      port('local', 'SV', 'DOT1Q'),
      { type: 'DOT1Q', vlanTag: 1000 },
      'me@example.com',
    );
    expect(request).toEqual({
      type: 'EVPL_VC',
      name: 'Demo redemption 7e5d0c3a',
      bandwidth: 1000,
      notifications: [{ type: 'ALL', emails: ['r@example.com'] }],
      aSide: { serviceToken: { uuid: aSideToken.uuid } },
      zSide: {
        accessPoint: {
          type: 'COLO',
          port: { uuid: 'local' },
          linkProtocol: { type: 'DOT1Q', vlanTag: 1000 },
          location: { metroCode: 'SV' },
        },
      },
      project,
    });
  });

  it('puts a Z-side token on the Z side and the port on the A side', () => {
    const request = redemptionRequest(
      { ...zSideToken, notifications: [] },
      port('local', 'SV', 'DOT1Q'),
      { type: 'DOT1Q', vlanTag: 1000 },
      'me@example.com',
    );
    expect(request.zSide).toEqual({ serviceToken: { uuid: aSideToken.uuid } });
    expect(request.aSide.accessPoint?.port?.uuid).toBe('local');
    expect(request.notifications).toEqual([{ type: 'ALL', emails: ['me@example.com'] }]);
    expect(request.bandwidth).toBe(200);
  });
});
