import type { LinkProtocol, Port } from '@/api/types';
import type { NeDevice } from '../store/catalog';
import { between, type Random } from './prng';

const key = (protocol: LinkProtocol) =>
  protocol.type === 'QINQ'
    ? `${protocol.vlanSTag}.${protocol.vlanCTag}`
    : String(protocol.vlanTag ?? 'untagged');

/** Hands out VLANs per port and interfaces per device so that seed holders never collide. */
export class SeedAllocator {
  private readonly vlans = new Map<string, Set<string>>();
  private readonly interfaces = new Map<string, Set<number>>();

  constructor(private readonly random: Random) {}

  claimVlan(port: Port, protocol: LinkProtocol): LinkProtocol {
    const used = this.vlans.get(port.uuid ?? '') ?? new Set<string>();
    const k = key(protocol);
    if (used.has(k)) throw new Error(`seed: ${k} used twice on ${port.name}`);
    used.add(k);
    this.vlans.set(port.uuid ?? '', used);
    return protocol;
  }

  /** A fresh tag in 100..999 (S-tag) / 2..99 (C-tag), or untagged, following the port. */
  nextVlan(port: Port): LinkProtocol {
    const type = port.encapsulation?.type ?? 'DOT1Q';
    for (let attempt = 0; attempt < 1000; attempt++) {
      const protocol: LinkProtocol =
        type === 'QINQ'
          ? {
              type,
              vlanSTag: between(this.random, 100, 999),
              vlanCTag: between(this.random, 2, 99),
            }
          : type === 'UNTAGGED'
            ? { type }
            : { type, vlanTag: between(this.random, 100, 999) };
      if (!this.vlans.get(port.uuid ?? '')?.has(key(protocol)))
        return this.claimVlan(port, protocol);
    }
    throw new Error(`seed: no free VLAN on ${port.name}`);
  }

  claimInterface(device: NeDevice, id: number): number {
    const used = this.interfaces.get(device.uuid) ?? new Set<number>();
    const found = device.interfaces.find((item) => item.id === id);
    if (used.has(id) || found?.type !== 'DATA' || found.status !== 'AVAILABLE') {
      throw new Error(`seed: interface ${id} of ${device.name} is not free`);
    }
    used.add(id);
    this.interfaces.set(device.uuid, used);
    return id;
  }

  /** Lowest free DATA interface of a device. */
  nextInterface(device: NeDevice): number {
    const used = this.interfaces.get(device.uuid);
    const free = device.interfaces.find(
      (item) => item.type === 'DATA' && item.status === 'AVAILABLE' && !used?.has(item.id),
    );
    if (!free) throw new Error(`seed: no free interface on ${device.name}`);
    return this.claimInterface(device, free.id);
  }
}
