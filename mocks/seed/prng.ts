/** A seeded PRNG (mulberry32): the same seed gives the same demo data on every machine. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stateless 32-bit hash of an integer, so record i can be rebuilt without records 0..i-1. */
export function hash32(value: number, salt = 0): number {
  let h = (value ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const byteHex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex8 = (v: number) =>
  `${byteHex[(v >>> 24) & 255]}${byteHex[(v >>> 16) & 255]}${byteHex[(v >>> 8) & 255]}${byteHex[v & 255]}`;

/** A version-4-shaped uuid from four 32-bit words (fast: scale seeds make 100,000 of them). */
export function uuidFromWords(a: number, b: number, c: number, d: number): string {
  const second = hex8(b);
  const third = hex8(c);
  const variant = '89ab'[(c >>> 30) & 3] ?? '8';
  return `${hex8(a)}-${second.slice(0, 4)}-4${second.slice(5)}-${variant}${third.slice(1, 4)}-${third.slice(4)}${hex8(d)}`;
}

export function randomUuid(random: Random): string {
  const word = () => Math.floor(random() * 4294967296);
  return uuidFromWords(word(), word(), word(), word());
}

/** Deterministic uuid of the i-th record of a namespace (no PRNG stream needed). */
export function indexedUuid(namespace: number, index: number): string {
  return uuidFromWords(
    hash32(index, namespace),
    hash32(index, namespace + 1),
    hash32(index, namespace + 2),
    index,
  );
}

const day = 86_400_000;
export const durations = { minute: 60_000, hour: 3_600_000, day } as const;

/** FNV-1a of a string, for deriving stable ids from other ids. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
