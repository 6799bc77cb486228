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
