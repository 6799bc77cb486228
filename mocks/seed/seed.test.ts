import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../tests/contract/contract-schema';
import { createCatalog } from '../store/catalog';
import { DemoStore } from '../store/demo-store';
import { buildToken, tokenAsset } from '../store/token-factory';
import { tokenSide } from '../store/token-table';
import { DEVICES } from './fixtures';
import { standardSeed } from './standard-tokens';

const now = Date.parse('2026-06-01T12:00:00Z');
const catalog = createCatalog(now);
const seed = standardSeed(catalog, now);
const tokens = seed.specs.map((spec) => buildToken(spec, catalog));

const kindOf = (token: ReturnType<typeof buildToken>) => {
  const asset = tokenAsset(token);
  const side = tokenSide(token) === 'aSide' ? 'A' : 'Z';
  if (asset?.kind === 'port') return `${side}-port-${asset.linkProtocol.type}`;
  return `${side}-${asset?.kind}`;
};

describe('the standard seed', () => {
  it('has metros in every region, all connected', () => {
    expect(catalog.metros.length).toBeGreaterThanOrEqual(8);
    expect(new Set(catalog.metros.map((metro) => metro.region))).toEqual(
      new Set(['AMER', 'EMEA', 'APAC']),
    );
    expect(
      catalog.metros.every(
        (metro) => (metro.connectedMetros?.length ?? 0) === catalog.metros.length - 1,
      ),
    ).toBe(true);
  });

  it('has ports of every encapsulation, speed and eligibility, in both projects, in pairs', () => {
    const { ports } = catalog;
    expect(ports.length).toBeGreaterThanOrEqual(16);
    expect(new Set(ports.map((port) => port.encapsulation?.type))).toEqual(
      new Set(['DOT1Q', 'QINQ', 'UNTAGGED']),
    );
    expect(new Set(ports.map((port) => port.physicalPortsSpeed))).toEqual(
      new Set([1000, 10000, 100000]),
    );
    expect(new Set(ports.map((port) => port.state))).toEqual(
      new Set(['ACTIVE', 'PROVISIONING', 'DEPROVISIONED']),
    );
    expect(ports.filter((port) => port.state === 'ACTIVE').length).toBeGreaterThan(
      ports.length / 2,
    );
    expect(new Set(ports.map((port) => port.project?.projectId)).size).toBe(2);
    expect(ports.some((port) => port.redundancy?.priority === 'SECONDARY')).toBe(true);
  });

  it('has devices in and out of service, an HA pair, and one with no free data interface', () => {
    const { devices } = catalog;
    expect(devices.length).toBeGreaterThanOrEqual(10);
    expect(devices.some((device) => device.status !== 'PROVISIONED')).toBe(true);
    const pair = devices.filter((device) => device.redundantUuid);
    expect(
      pair.every(
        (device) =>
          devices.find((other) => other.uuid === device.redundantUuid)?.redundantUuid ===
          device.uuid,
      ),
    ).toBe(true);
    expect(devices.every((device) => device.interfaces.length === 10)).toBe(true);
    const full = devices.find((device) => device.uuid === DEVICES.LD_C8K_FULL);
    expect(
      full?.interfaces.some((item) => item.type === 'DATA' && item.status === 'AVAILABLE'),
    ).toBe(false);
    const statuses = new Set(
      devices.flatMap((device) => device.interfaces.map((item) => item.status)),
    );
    expect(statuses).toEqual(new Set([null, 'AVAILABLE', 'RESERVED', 'ASSIGNED']));
  });

  it('has networks of the four types', () => {
    expect(new Set(catalog.networks.map((network) => network.type))).toEqual(
      new Set(['EVPLAN', 'EPLAN', 'EVPTREE', 'EPTREE']),
    );
  });

  it('has at least 60 tokens of every kind in every state, several expiring within 7 days', () => {
    expect(tokens.length).toBeGreaterThanOrEqual(60);
    const kinds = ['A-port-DOT1Q', 'A-port-QINQ', 'Z-port-DOT1Q', 'Z-vd', 'Z-network'];
    for (const kind of kinds) {
      for (const state of ['INACTIVE', 'ACTIVE', 'EXPIRED', 'DELETED']) {
        expect(
          tokens.some((token) => kindOf(token) === kind && token.state === state),
          `${kind} ${state}`,
        ).toBe(true);
      }
    }
    expect(tokens.some((token) => kindOf(token) === 'Z-port-UNTAGGED')).toBe(true);
    const week = now + 7 * 86_400_000;
    const soon = tokens.filter(
      (token) => token.state === 'INACTIVE' && Date.parse(token.expirationDateTime ?? '') <= week,
    );
    expect(soon.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps every token within 90 days of its creation', () => {
    for (const token of tokens) {
      const lifetime =
        Date.parse(token.expirationDateTime ?? '') -
        Date.parse(token.changeLog?.createdDateTime ?? '');
      expect(lifetime).toBeLessThanOrEqual(90 * 86_400_000);
    }
  });

  it('gives ACTIVE tokens the connection that redeemed them', () => {
    for (const token of tokens.filter((t) => t.state === 'ACTIVE')) {
      expect(
        seed.connections.some((connection) => connection.uuid === token.connection?.uuid),
      ).toBe(true);
    }
  });

  it('conforms to the contract', () => {
    const validToken = validatorFor('ServiceToken');
    const validConnection = validatorFor('Connection');
    for (const token of tokens)
      expect(validToken(token), JSON.stringify(validToken.errors)).toBe(true);
    for (const connection of seed.connections)
      expect(validConnection(connection), JSON.stringify(validConnection.errors)).toBe(true);
  });

  it('is deterministic and relative to its date', () => {
    const again = standardSeed(createCatalog(now), now).specs;
    expect(again).toEqual(seed.specs);
    const later = standardSeed(createCatalog(now + 1000), now + 1000).specs;
    expect(later.map((spec) => spec.uuid)).toEqual(seed.specs.map((spec) => spec.uuid));
    expect(later[0]?.createdMs).toBe((seed.specs[0]?.createdMs ?? 0) + 1000);
  });
});

describe('scale seeds', () => {
  it.each([1000, 10000] as const)(
    'has exactly %i tokens, newest first, conforming to the contract',
    (size) => {
      const store = new DemoStore();
      store.reset({ seedSize: size });
      const { rows } = store.tokens;
      expect(rows).toHaveLength(size);
      expect(
        rows.every(
          (row, index) => index === 0 || (rows[index - 1]?.createdMs ?? 0) >= row.createdMs,
        ),
      ).toBe(true);
      const validToken = validatorFor('ServiceToken');
      for (const row of rows.filter((_, index) => index % 97 === 0)) {
        const token = store.token(row);
        expect(validToken(token), JSON.stringify(validToken.errors)).toBe(true);
        expect(row.state).toBe(token.state);
        expect(row.name).toBe(token.name);
        expect(store.tokens.find(row.uuid)).toBe(row);
      }
    },
  );

  it('never gives two INACTIVE tokens the same VLAN on a port', () => {
    const store = new DemoStore();
    store.reset({ seedSize: 10000 });
    const seen = new Set<string>();
    for (const row of store.tokens.rows.filter((r) => r.state === 'INACTIVE' && r.portUuid)) {
      const asset = store.assetOf(row);
      if (asset?.kind !== 'port') continue;
      const key = `${asset.portUuid}:${asset.linkProtocol.vlanTag ?? ''}:${asset.linkProtocol.vlanSTag ?? ''}:${asset.linkProtocol.vlanCTag ?? ''}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
