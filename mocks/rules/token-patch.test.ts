import { describe, expect, it } from 'vitest';
import { TOKENS } from '../seed/fixtures';
import { api, expectRejected } from '../test/demo-api';
import { inDays } from '../test/requests';

const patch = (uuid: string, body: unknown, query = '') =>
  api('PATCH', `/fabric/v4/serviceTokens/${uuid}${query}`, {
    body,
    contentType: 'application/json-patch+json',
  });
const aside = TOKENS.ASIDE_DOT1Q_INACTIVE;
const zside = TOKENS.ZSIDE_PORT_INACTIVE;

describe('PATCH /fabric/v4/serviceTokens/{id}', () => {
  it('replaces the expiration, name, description, recipients and bandwidth', async () => {
    const expiration = inDays(80);
    const result = await patch(aside, [
      { op: 'replace', path: '/expirationDateTime', value: expiration },
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'add', path: '/description', value: 'new text' },
      { op: 'replace', path: '/notifications/emails', value: ['new@partner.example'] },
      { op: 'replace', path: '/connection/bandwidthLimit', value: 200 },
    ]);
    expect(result.status).toBe(200);
    expect(Date.parse(result.body.expirationDateTime)).toBe(Date.parse(expiration));
    expect(result.body).toMatchObject({
      name: 'renamed',
      description: 'new text',
      state: 'INACTIVE',
    });
    expect(result.body.notifications[0].emails).toEqual(['new@partner.example']);
    expect(result.body.connection.bandwidthLimit).toBe(200);
    expect(result.body.changeLog.updatedBy).toBe('demo.engineer');
    const read = await api('GET', `/fabric/v4/serviceTokens/${aside}`);
    expect(read.body.name).toBe('renamed');
  });

  it('replaces the supported bandwidths of a Z-side token', async () => {
    const result = await patch(zside, [
      { op: 'replace', path: '/connection/supportedBandwidths', value: [50, 1000] },
    ]);
    expect(result.status).toBe(200);
    expect(result.body.connection.supportedBandwidths).toEqual([50, 1000]);
  });

  it('removes the name', async () => {
    const result = await patch(aside, [{ op: 'remove', path: '/name', value: null }]);
    expect(result.status).toBe(200);
    expect(result.body.name).toBeUndefined();
  });

  it('refuses an empty patch, and a body that is not a list', async () => {
    expectRejected(await patch(aside, []), '');
    expectRejected(await patch(aside, { op: 'replace' }), '');
  });

  it('refuses operations and paths the API does not allow', async () => {
    expectRejected(await patch(aside, [{ op: 'move', path: '/name', value: 'x' }]), '/0/op');
    expectRejected(
      await patch(aside, [{ op: 'replace', path: '/state', value: 'ACTIVE' }]),
      '/0/path',
    );
    expectRejected(
      await patch(aside, [{ op: 'remove', path: '/expirationDateTime', value: null }]),
      '/0/op',
    );
  });

  it('checks every value with the create rules', async () => {
    expectRejected(
      await patch(aside, [{ op: 'replace', path: '/expirationDateTime', value: inDays(100) }]),
      '/expirationDateTime',
    );
    expectRejected(
      await patch(aside, [
        { op: 'replace', path: '/notifications/emails', value: ['a@b.example', 'a@b.example'] },
      ]),
      '/notifications/0/emails/1',
    );
    expectRejected(
      await patch(aside, [{ op: 'replace', path: '/connection/bandwidthLimit', value: 123 }]),
      '/connection/bandwidthLimit',
    );
  });

  it('keeps bandwidthLimit for A-side and supportedBandwidths for Z-side tokens', async () => {
    expectRejected(
      await patch(zside, [{ op: 'replace', path: '/connection/bandwidthLimit', value: 50 }]),
      '/connection/bandwidthLimit',
    );
    expectRejected(
      await patch(aside, [{ op: 'replace', path: '/connection/supportedBandwidths', value: [50] }]),
      '/connection/supportedBandwidths',
    );
  });

  it('changes only INACTIVE tokens', async () => {
    for (const uuid of [TOKENS.ACTIVE_ASIDE, TOKENS.EXPIRED_ASIDE, TOKENS.DELETED_ZSIDE]) {
      expectRejected(
        await patch(uuid, [{ op: 'replace', path: '/name', value: 'x' }]),
        'tokenUuid',
      );
    }
  });

  it('answers 400 EQ-3034016 for an unknown token', async () => {
    expectRejected(
      await patch('00000000-0000-4000-8000-000000000000', [
        { op: 'replace', path: '/name', value: 'x' },
      ]),
      'tokenUuid',
      'EQ-3034016',
    );
  });

  it('stores nothing on a dry run', async () => {
    const result = await patch(
      aside,
      [{ op: 'replace', path: '/name', value: 'preview' }],
      '?dryRun=true',
    );
    expect(result.body.name).toBe('preview');
    expect((await api('GET', `/fabric/v4/serviceTokens/${aside}`)).body.name).not.toBe('preview');
  });
});
