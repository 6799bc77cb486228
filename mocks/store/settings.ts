/** What the demo controls can change; persisted with the store. Types from mocks/controls.ts. */
import { seedSizeSchema, type DemoLatency, type DemoRole, type DemoSeedSize } from '../controls';

export interface DemoSettings {
  latency: DemoLatency;
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

/** What is written to storage besides the user's tokens and connections. */
export interface PersistedMeta {
  version: 1;
  seedSize: DemoSeedSize;
  /** Real time the seed was generated at; seed dates are relative to it. */
  seededAt: number;
  clockOffsetMs: number;
  settings: DemoSettings;
}

export function parseSeedSize(value: unknown): DemoSeedSize | undefined {
  const parsed = seedSizeSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
