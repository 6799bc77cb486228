import { describe, expect, it } from 'vitest';
import { ExpiryQueue, type TokenRow, TokenTable } from './token-table';

const row = (uuid: string, expiresMs: number, state: TokenRow['state'] = 'INACTIVE'): TokenRow => ({
  uuid,
  name: uuid,
  state,
  type: 'VC_TOKEN',
  projectId: 'p',
  createdMs: 0,
  updatedMs: 0,
  expiresMs,
  side: 'aSide',
  portUuid: undefined,
  deviceUuid: undefined,
  token: undefined,
  bulkIndex: -1,
});

describe('ExpiryQueue', () => {
  it('gives back rows soonest first, however they were filed', () => {
    const random = Array.from({ length: 500 }, (_, index) =>
      row(`r${index}`, (index * 7919) % 1000),
    );
    const queue = new ExpiryQueue(random.slice(0, 250));
    for (const added of random.slice(250)) queue.add(added);
    const taken = queue.takeUntil(499);
    expect(taken.map((r) => r.expiresMs)).toEqual(
      random
        .map((r) => r.expiresMs)
        .filter((at) => at <= 499)
        .sort((a, b) => a - b),
    );
    expect(queue.size).toBe(500 - taken.length);
    expect(queue.takeUntil(499)).toEqual([]);
  });
});

describe('TokenTable expiry', () => {
  it('expires a due token even when an earlier one was extended past it', () => {
    const extended = row('extended', 1_000);
    const due = row('due', 2_000);
    const table = new TokenTable();
    table.load([extended, due]);
    extended.expiresMs = 10_000;
    table.watchExpiry(extended);

    expect(table.takeExpired(2_500).map((r) => r.uuid)).toEqual(['due']);
    expect(table.takeExpired(9_999)).toEqual([]);
    expect(table.takeExpired(10_000).map((r) => r.uuid)).toEqual(['extended']);
  });

  it('drops tokens that left INACTIVE before their date', () => {
    const redeemed = row('redeemed', 1_000);
    const table = new TokenTable();
    table.load([redeemed]);
    redeemed.state = 'ACTIVE';
    expect(table.takeExpired(5_000)).toEqual([]);
  });
});

describe('TokenTable asset index', () => {
  const on = (uuid: string, portUuid?: string, deviceUuid?: string): TokenRow => ({
    ...row(uuid, 1_000),
    portUuid,
    deviceUuid,
  });
  const uuids = (rows: readonly TokenRow[] | undefined) => (rows ?? []).map((r) => r.uuid).sort();

  it('finds tokens by port and device, whether added before or after the first look', () => {
    const table = new TokenTable();
    table.load([on('a', 'port-1'), on('b', undefined, 'device-1')]);
    table.insert(on('c', 'port-1'));
    expect(uuids(table.byPort.get('port-1'))).toEqual(['a', 'c']);
    expect(uuids(table.byDevice.get('device-1'))).toEqual(['b']);

    table.insert(on('d', 'port-1'));
    table.insert(on('e', undefined, 'device-1'));
    expect(uuids(table.byPort.get('port-1'))).toEqual(['a', 'c', 'd']);
    expect(uuids(table.byDevice.get('device-1'))).toEqual(['b', 'e']);
    expect(table.byPort.get('port-2')).toBeUndefined();
  });
});
