/** What the demo controls can change; persisted with the store. */
export type SeedSize = 'standard' | 1000 | 10000 | 100000;
export const seedSizes: readonly SeedSize[] = ['standard', 1000, 10000, 100000];

export type Latency = 'none' | 'realistic' | 'slow';
export type DemoRole = 'FABRIC_MANAGER' | 'READ_ONLY';

export interface DemoSettings {
  latency: Latency;
  /** Share of API requests (0..1) that fail with a 500. */
  failureRate: number;
  /** Every API request fails as a network error. */
  offline: boolean;
  role: DemoRole;
}

export const defaultSettings: DemoSettings = {
  latency: 'none',
  failureRate: 0,
  offline: false,
  role: 'FABRIC_MANAGER',
};

/**
 * A one-shot failure for the next API request that matches (per-test override): an error status,
 * 0 for no answer, `hang` for an answer that never comes, or `answer` for a body of the test's
 * choosing (a shape the API does not document) served with `status`.
 */
export interface FailNext {
  method: string;
  pathPattern: string;
  status: number;
  hang?: boolean;
  answer?: unknown;
}

/** What is written to storage besides the user's tokens and connections. */
export interface PersistedMeta {
  version: 1;
  seedSize: SeedSize;
  /** Real time the seed was generated at; seed dates are relative to it. */
  seededAt: number;
  clockOffsetMs: number;
  settings: DemoSettings;
}

export function parseSeedSize(value: unknown): SeedSize | undefined {
  if (value === 'standard') return 'standard';
  const number = typeof value === 'string' ? Number(value) : value;
  return seedSizes.find((size) => size === number);
}
