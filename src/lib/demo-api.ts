/**
 * The demo backend's control endpoints (`/__demo/*`, see mocks/README.md). They are not part of the
 * Fabric API, so they are not in the contract; this module is the one place the page calls them.
 */
import { session } from '@/api/session';

export type DemoLatency = 'none' | 'realistic' | 'slow';
export type DemoRole = 'FABRIC_MANAGER' | 'READ_ONLY';
export type DemoSeedSize = 'standard' | 1000 | 10000 | 100000;

export interface DemoState {
  seedSize: DemoSeedSize;
  now: string;
  latency: DemoLatency;
  failureRate: number;
  offline: boolean;
  role: DemoRole;
  sessionExpired: boolean;
  tokenCount: number;
}

export interface DemoSettings {
  latency?: DemoLatency;
  failureRate?: number;
  offline?: boolean;
  role?: DemoRole;
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  await session.whenReady();
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The demo backend refused ${path} (${response.status})`);
  return (await response.json()) as T;
}

export const demoApi = {
  state: () => call<DemoState>('/__demo/state'),
  reset: () => call<DemoState>('/__demo/reset', {}),
  seed: (size: DemoSeedSize) => call<DemoState>('/__demo/seed', { size }),
  advanceClock: (by: { advanceHours?: number; advanceDays?: number }) =>
    call<DemoState>('/__demo/clock', by),
  settings: (settings: DemoSettings) => call<DemoState>('/__demo/settings', settings),
  renewSession: () => call<{ access_token: string }>('/__demo/session', {}),
  expireSession: () => call<DemoState>('/__demo/session/expire', {}),
};
