import { describe, expect, it } from 'vitest';
import type { ServiceToken } from '@/api/types';
import {
  bandwidthPatch,
  expirationPatch,
  nameAndDescriptionPatch,
  recipientsPatch,
} from './token-patches';

const token: ServiceToken = {
  uuid: '7e5d0c3a-91b2-4f6e-8d4c-000000000001',
  name: 'sv lab',
  description: 'for the lab',
  state: 'INACTIVE',
  expirationDateTime: '2030-05-10T12:00:00.000Z',
  connection: {
    allowRemoteConnection: true,
    allowCustomBandwidth: false,
    bandwidthLimit: 1000,
    supportedBandwidths: [50, 200],
  },
  notifications: [{ type: 'ALL', emails: ['a@example.com', 'b@example.com'] }],
};

describe('token patches', () => {
  it('replaces the expiration only when the instant changes', () => {
    expect(expirationPatch(token, '2030-05-10T12:00:00Z')).toEqual([]);
    expect(expirationPatch(token, '2030-06-01T12:00:00.000Z')).toEqual([
      { op: 'replace', path: '/expirationDateTime', value: '2030-06-01T12:00:00.000Z' },
    ]);
  });

  it('replaces the whole recipient list, ignoring order, case and spaces', () => {
    expect(recipientsPatch(token, ['B@example.com ', 'a@example.com'])).toEqual([]);
    expect(recipientsPatch(token, ['a@example.com', ' c@example.com'])).toEqual([
      { op: 'replace', path: '/notifications/emails', value: ['a@example.com', 'c@example.com'] },
    ]);
  });

  it('replaces an A-side limit or a Z-side speed set, sorted', () => {
    expect(bandwidthPatch(token, { bandwidthLimit: 1000 })).toEqual([]);
    expect(bandwidthPatch(token, { bandwidthLimit: 500 })).toEqual([
      { op: 'replace', path: '/connection/bandwidthLimit', value: 500 },
    ]);
    expect(bandwidthPatch(token, { supportedBandwidths: [200, 50] })).toEqual([]);
    expect(bandwidthPatch(token, { supportedBandwidths: [1000, 50] })).toEqual([
      { op: 'replace', path: '/connection/supportedBandwidths', value: [50, 1000] },
    ]);
  });

  it('sends one operation per changed field of name and description', () => {
    expect(
      nameAndDescriptionPatch(token, { name: ' sv lab ', description: 'for the lab' }),
    ).toEqual([]);
    expect(nameAndDescriptionPatch(token, { name: 'new', description: 'for the lab' })).toEqual([
      { op: 'replace', path: '/name', value: 'new' },
    ]);
    expect(nameAndDescriptionPatch(token, { name: 'new', description: '' })).toEqual([
      { op: 'replace', path: '/name', value: 'new' },
      { op: 'replace', path: '/description', value: '' },
    ]);
    expect(nameAndDescriptionPatch({}, { name: '', description: '' })).toEqual([]);
  });
});
