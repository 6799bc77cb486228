import { describe, expect, it } from 'vitest';
import { PORTS } from '../seed/fixtures';
import { api, expectRejected } from '../test/demo-api';
import { inDays, requests } from '../test/requests';

const create = (body: unknown) => api('POST', '/fabric/v4/serviceTokens', { body });
const aSelector = '/connection/aSide/accessPointSelectors/0';

type Request = ReturnType<typeof requests.asideDot1q>;
const aside = (change: (request: Request) => void) => {
  const request = requests.asideDot1q();
  change(request);
  return request;
};
const withSelector = (base: { connection: object }, side: 'aSide' | 'zSide', selector: object) => ({
  ...base,
  connection: { ...base.connection, [side]: { accessPointSelectors: [selector] } },
});

describe('create: request shape', () => {
  it('rejects malformed JSON', async () => {
    const result = await api('POST', '/fabric/v4/serviceTokens', {
      rawBody: '{"type": "VC_TOKEN",',
    });
    expectRejected(result, '');
    expect(result.body[0].errorMessage).toMatch(/not valid JSON/);
  });

  it('requires type and rejects unknown or unsupported types', async () => {
    expectRejected(await create({ ...requests.asideDot1q(), type: undefined }), '/type');
    expectRejected(await create({ ...requests.asideDot1q(), type: 'MAGIC_TOKEN' }), '/type');
    expectRejected(await create({ ...requests.asideDot1q(), type: 'EPL_TOKEN' }), '/type');
  });

  it('rejects an unknown connection type, and one that does not fit the asset', async () => {
    expectRejected(await create(aside((r) => (r.connection.type = 'FAST_VC'))), '/connection/type');
    expectRejected(
      await create(aside((r) => (r.connection.type = 'EVPLAN_VC'))),
      '/connection/type',
    );
  });

  it('rejects an unknown selector type, and a non-port A-side', async () => {
    expectRejected(
      await create(withSelector(requests.asideDot1q(), 'aSide', { type: 'CLOUD' })),
      `${aSelector}/type`,
    );
    const device = requests.zsideDevice().connection.zSide.accessPointSelectors[0] ?? {};
    expectRejected(
      await create(withSelector(requests.asideDot1q(), 'aSide', device)),
      `${aSelector}/type`,
    );
  });

  it('needs exactly one side', async () => {
    const both = aside((r) =>
      Object.assign(r.connection, { zSide: requests.zsidePort().connection.zSide }),
    );
    expectRejected(await create(both), '/connection');
    expectRejected(
      await create(aside((r) => Object.assign(r.connection, { aSide: undefined }))),
      '/connection',
    );
  });

  it('rejects an unknown notification type', async () => {
    expectRejected(
      await create({
        ...requests.asideDot1q(),
        notifications: [{ type: 'PIGEON', emails: ['a@b.example'] }],
      }),
      '/notifications/0/type',
    );
  });

  it('checks the types of name, description and the connection flags', async () => {
    expectRejected(await create({ ...requests.asideDot1q(), name: 42 }), '/name');
    expectRejected(await create({ ...requests.asideDot1q(), description: ['x'] }), '/description');
    expectRejected(
      await create(aside((r) => Object.assign(r.connection, { allowRemoteConnection: 'yes' }))),
      '/connection/allowRemoteConnection',
    );
  });

  it('rejects an unknown project', async () => {
    expectRejected(
      await create({ ...requests.asideDot1q(), project: { projectId: 'nope' } }),
      '/project/projectId',
    );
  });

  it('reports every problem of a request at once', async () => {
    const result = await create({
      ...requests.asideDot1q(),
      type: 'X',
      expirationDateTime: 'soon',
      notifications: [],
    });
    expect(result.status).toBe(400);
    const named = result.body.flatMap((e: { additionalInfo: { property: string }[] }) =>
      e.additionalInfo.map((i) => i.property),
    );
    expect(named).toEqual(
      expect.arrayContaining(['/type', '/expirationDateTime', '/notifications']),
    );
  });
});

describe('create: bandwidth', () => {
  it('A-side needs bandwidthLimit, not supportedBandwidths', async () => {
    expectRejected(
      await create(aside((r) => Object.assign(r.connection, { bandwidthLimit: undefined }))),
      '/connection/bandwidthLimit',
    );
    expectRejected(
      await create(aside((r) => Object.assign(r.connection, { supportedBandwidths: [50] }))),
      '/connection/supportedBandwidths',
    );
  });

  it('Z-side needs a non-empty supportedBandwidths, not bandwidthLimit', async () => {
    const z = requests.zsidePort();
    expectRejected(
      await create({ ...z, connection: { ...z.connection, supportedBandwidths: [] } }),
      '/connection/supportedBandwidths',
    );
    expectRejected(
      await create({ ...z, connection: { ...z.connection, bandwidthLimit: 50 } }),
      '/connection/bandwidthLimit',
    );
  });

  it('takes only speeds from the menu', async () => {
    expectRejected(
      await create(aside((r) => (r.connection.bandwidthLimit = 300))),
      '/connection/bandwidthLimit',
    );
    const z = requests.zsidePort();
    expectRejected(
      await create({ ...z, connection: { ...z.connection, supportedBandwidths: [50, 75] } }),
      '/connection/supportedBandwidths',
    );
  });

  it("refuses a bandwidth above the port's available bandwidth", async () => {
    const request = withSelector(
      aside((r) => (r.connection.bandwidthLimit = 1000)),
      'aSide',
      {
        type: 'COLO',
        port: { uuid: PORTS.NY_PRI_01 },
        linkProtocol: { type: 'DOT1Q', vlanTag: 800 },
      },
    );
    const result = await create(request);
    expectRejected(result, '/connection/bandwidthLimit');
    expect(result.body[0].errorMessage).toMatch(/available bandwidth/);
  });

  it('refuses more than 10 Gbps on a virtual device', async () => {
    const z = requests.zsideDevice();
    expectRejected(
      await create({ ...z, connection: { ...z.connection, supportedBandwidths: [1000, 25000] } }),
      '/connection/supportedBandwidths',
    );
  });
});

describe('create: expiration and recipients', () => {
  it('refuses a date in the past, more than 90 days ahead, or not a date', async () => {
    expectRejected(
      await create({ ...requests.asideDot1q(), expirationDateTime: inDays(-1) }),
      '/expirationDateTime',
    );
    expectRejected(
      await create({ ...requests.asideDot1q(), expirationDateTime: inDays(91) }),
      '/expirationDateTime',
    );
    expectRejected(
      await create({ ...requests.asideDot1q(), expirationDateTime: 'next tuesday' }),
      '/expirationDateTime',
    );
    expectRejected(
      await create({ ...requests.asideDot1q(), expirationDateTime: undefined }),
      '/expirationDateTime',
    );
  });

  it('accepts exactly 90 days ahead', async () => {
    expect(
      (await create({ ...requests.asideDot1q(), expirationDateTime: inDays(90) })).status,
    ).toBe(201);
  });

  it('needs 1 to 12 valid, distinct emails', async () => {
    const emails = (list: string[]) => ({
      ...requests.asideDot1q(),
      notifications: [{ type: 'ALL', emails: list }],
    });
    expectRejected(await create(emails([])), '/notifications/0/emails');
    const thirteen = Array.from({ length: 13 }, (_, i) => `user${i}@partner.example`);
    expectRejected(await create(emails(thirteen)), '/notifications/0/emails');
    expect((await create(emails(thirteen.slice(0, 12)))).status).toBe(201);
    expectRejected(
      await create(emails(['ok@partner.example', 'not-an-email'])),
      '/notifications/0/emails/1',
    );
    expectRejected(
      await create(emails(['ok@partner.example', 'a@b.example', 'OK@partner.example'])),
      '/notifications/0/emails/2',
    );
    expectRejected(
      await create({ ...requests.asideDot1q(), notifications: undefined }),
      '/notifications',
    );
  });
});
