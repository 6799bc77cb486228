/**
 * The demo backend's control endpoints (`/__demo/*`, see mocks/README.md). They are not part of the
 * Fabric API, so they are not in the contract; this module is the one place the page calls them,
 * with the requests and answers mocks/controls.ts defines.
 */
import { session } from '@/api/session';
import type { z } from '@/lib/zod';
import {
  demoProjectsSchema,
  demoStateSchema,
  redeemAnswerSchema,
  sessionAnswerSchema,
  type ClockRequest,
  type DemoSeedSize,
  type DemoSettingsRequest,
  type RedeemRequest,
} from '@mocks/controls';

export type {
  ClockRequest,
  DemoLatency,
  DemoProject,
  DemoRole,
  DemoSeedSize,
  DemoState,
} from '@mocks/controls';
export { seedSizes } from '@mocks/controls';
export type DemoSettings = Omit<DemoSettingsRequest, 'failNext'>;

async function call<T>(schema: z.ZodMiniType<T>, path: string, body?: unknown): Promise<T> {
  await session.whenReady();
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The demo backend refused ${path} (${response.status})`);
  const answer = schema.safeParse(await response.json());
  if (!answer.success) throw new Error(`The demo backend's answer to ${path} was not understood`);
  return answer.data;
}

export const demoApi = {
  state: () => call(demoStateSchema, '/__demo/state'),
  projects: () => call(demoProjectsSchema, '/__demo/projects'),
  reset: () => call(demoStateSchema, '/__demo/reset', {}),
  seed: (size: DemoSeedSize) => call(demoStateSchema, '/__demo/seed', { size }),
  advanceClock: (by: ClockRequest) => call(demoStateSchema, '/__demo/clock', by),
  settings: (settings: DemoSettings) => call(demoStateSchema, '/__demo/settings', settings),
  renewSession: () => call(sessionAnswerSchema, '/__demo/session', {}),
  expireSession: () => call(demoStateSchema, '/__demo/session/expire', {}),
  /** The demo plays a recipient and redeems the token; answers with the connection it made. */
  redeem: (request: RedeemRequest) => call(redeemAnswerSchema, '/__demo/redeem', request),
};
