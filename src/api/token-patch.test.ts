import { describe, expect, it } from 'vitest';
import { applyTokenPatch } from './token-patch';
import type { ServiceToken } from './types';

const token: ServiceToken = {
  type: 'VC_TOKEN',
  uuid: 't-1',
  name: 'old',
  expirationDateTime: '2026-12-01T00:00:00.000Z',
  notifications: [{ type: 'ALL', emails: ['a@example.com'] }],
  connection: {
    type: 'EVPL_VC',
    allowRemoteConnection: true,
    allowCustomBandwidth: false,
    supportedBandwidths: [50],
  },
};

describe('applyTokenPatch', () => {
  it('applies each documented path and leaves the original untouched', () => {
    const next = applyTokenPatch(token, [
      { op: 'replace', path: '/name', value: 'new' },
      { op: 'replace', path: '/description', value: 'why' },
      { op: 'replace', path: '/expirationDateTime', value: '2027-01-01T00:00:00.000Z' },
      { op: 'replace', path: '/notifications/emails', value: ['b@example.com', 'c@example.com'] },
      { op: 'replace', path: '/connection/supportedBandwidths', value: [50, 1000] },
    ]);
    expect(next).toMatchObject({
      name: 'new',
      description: 'why',
      expirationDateTime: '2027-01-01T00:00:00.000Z',
      notifications: [{ type: 'ALL', emails: ['b@example.com', 'c@example.com'] }],
      connection: { supportedBandwidths: [50, 1000] },
    });
    expect(token.name).toBe('old');
    expect(token.connection?.supportedBandwidths).toEqual([50]);
  });

  it('sets an A-side limit', () => {
    const next = applyTokenPatch(token, [
      { op: 'replace', path: '/connection/bandwidthLimit', value: 500 },
    ]);
    expect(next.connection?.bandwidthLimit).toBe(500);
  });
});
