import { describe, expect, it } from 'vitest';
import type { ServiceToken } from '@/api/types';
import { describeToken, linkLabel, tokenChangelog } from './describe-token';
import { lifecycleBlockReason, lifecycleBlockSummary, tokenStateLabel } from './token-state';

const aSidePort: ServiceToken = {
  type: 'VC_TOKEN',
  uuid: '11111111-1111-4111-8111-111111111111',
  state: 'INACTIVE',
  connection: {
    type: 'EVPL_VC',
    allowRemoteConnection: true,
    allowCustomBandwidth: false,
    bandwidthLimit: 1000,
    aSide: {
      accessPointSelectors: [
        {
          type: 'COLO',
          port: { uuid: 'p-1', portName: 'SV1-port-1', location: { metroCode: 'SV' } },
          linkProtocol: { type: 'DOT1Q', vlanTag: 1399 },
        },
      ],
    },
  },
  notifications: [{ type: 'ALL', emails: ['a@example.com', 'b@example.com', 'a@example.com'] }],
  changeLog: {
    createdBy: 'u1',
    createdByFullName: 'Ada Lovelace',
    createdDateTime: '2030-01-01T00:00:00Z',
  },
};

const zSideDevice: ServiceToken = {
  type: 'VC_TOKEN',
  state: 'ACTIVE',
  connection: {
    allowRemoteConnection: false,
    allowCustomBandwidth: false,
    supportedBandwidths: [1000, 50, 200],
    zSide: {
      accessPointSelectors: [
        {
          type: 'VD',
          virtualDevice: { uuid: 'd-1', name: 'csr-sv-1', type: 'EDGE' },
          interface: { type: 'NETWORK', id: 5 },
        },
      ],
    },
  },
  // The schema's spelling, and a numeric id as some examples send it.
  changelog: { createdBy: 890742 as unknown as string, createdDateTime: '2030-02-02T00:00:00Z' },
};

const zSideNetwork: ServiceToken = {
  connection: {
    allowRemoteConnection: true,
    allowCustomBandwidth: false,
    zSide: {
      accessPointSelectors: [
        {
          type: 'NETWORK',
          network: { uuid: 'n-1', name: 'lan-1', type: 'EVPLAN', location: { metroCode: 'DC' } },
        },
      ],
    },
  },
};

describe('describeToken', () => {
  it('describes an A-side port token', () => {
    expect(describeToken(aSidePort)).toEqual({
      side: 'A',
      assetKind: 'COLO',
      assetKindLabel: 'Port',
      asset: 'SV1-port-1',
      metro: 'SV',
      link: 'DOT1Q · VLAN 1399',
      bandwidth: 'Up to 1 Gbps',
      recipients: ['a@example.com', 'b@example.com'],
      created: { at: '2030-01-01T00:00:00Z', by: 'Ada Lovelace' },
    });
  });

  it('describes a Z-side device token, reading the changelog spelling', () => {
    expect(describeToken(zSideDevice)).toMatchObject({
      side: 'Z',
      assetKind: 'VD',
      assetKindLabel: 'Virtual device',
      asset: 'csr-sv-1 · interface 5',
      link: 'Interface 5',
      bandwidth: '50 Mbps, 200 Mbps, 1 Gbps',
      recipients: [],
      created: { at: '2030-02-02T00:00:00Z', by: '890742' },
    });
  });

  it("places a device token in its device's metro, which the token itself does not carry", () => {
    expect(describeToken(zSideDevice).metro).toBeUndefined();
    expect(describeToken(zSideDevice, new Map([['d-1', 'SV']])).metro).toBe('SV');
    expect(describeToken(zSideDevice, new Map([['d-2', 'DC']])).metro).toBeUndefined();
  });

  it('describes a Z-side network token', () => {
    expect(describeToken(zSideNetwork)).toMatchObject({
      side: 'Z',
      assetKind: 'NETWORK',
      asset: 'lan-1 (EVPLAN)',
      metro: 'DC',
      link: '—',
      bandwidth: '—',
    });
  });

  it('labels QINQ and untagged ports', () => {
    const withProtocol = (linkProtocol: object): ServiceToken => ({
      connection: {
        allowRemoteConnection: true,
        allowCustomBandwidth: false,
        aSide: { accessPointSelectors: [{ type: 'COLO', port: { uuid: 'p' }, linkProtocol }] },
      },
    });
    expect(linkLabel(withProtocol({ type: 'QINQ', vlanSTag: 10, vlanCTag: 20 }))).toBe(
      'QINQ · S-tag 10 / C-tag 20',
    );
    expect(linkLabel(withProtocol({ type: 'UNTAGGED' }))).toBe('UNTAGGED · no VLAN');
  });

  it('prefers changeLog when both spellings are present and survives neither', () => {
    expect(
      tokenChangelog({ changeLog: { createdBy: 'x' }, changelog: { createdBy: 'y' } }),
    ).toEqual({
      createdBy: 'x',
    });
    expect(describeToken({}).created).toEqual({});
    expect(describeToken({}).side).toBeUndefined();
  });
});

describe('token states', () => {
  it('labels INACTIVE plainly', () => {
    expect(tokenStateLabel('INACTIVE')).toBe('Available (not redeemed)');
  });

  it('allows lifecycle actions only while INACTIVE and gives each other state its own reason', () => {
    expect(lifecycleBlockReason({ state: 'INACTIVE' }, 'edit')).toBeUndefined();
    expect(lifecycleBlockReason({ state: 'ACTIVE' }, 'edit')).toBe(
      'This token has been redeemed and a connection now uses it, so it can no longer be edited (ACTIVE).',
    );
    expect(lifecycleBlockReason({ state: 'EXPIRED' }, 'delete')).toBe(
      'This token expired before anyone redeemed it, so it can no longer be deleted (EXPIRED).',
    );
    expect(lifecycleBlockReason({ state: 'DELETED' }, 'resend')).toBe(
      'This token has been deleted, so it can no longer be sent again (DELETED).',
    );
    expect(lifecycleBlockReason({}, 'edit')).toBe(
      "This token's state is unknown, so it cannot be edited.",
    );
  });

  it('sums the reason up once for every action, with what to do instead where there is something', () => {
    expect(lifecycleBlockSummary({ state: 'INACTIVE' })).toBeUndefined();
    expect(lifecycleBlockSummary({ state: 'ACTIVE' })).toBe(
      'This token has been redeemed and a connection now uses it, so it can no longer be edited, deleted or sent again (ACTIVE).',
    );
    expect(lifecycleBlockSummary({ state: 'EXPIRED' })).toBe(
      'This token expired before anyone redeemed it, so it can no longer be edited, deleted or sent again (EXPIRED). Create a new token if your customer still needs one.',
    );
    expect(lifecycleBlockSummary({ state: 'DELETED' })).not.toMatch(/redeemed/);
  });
});
