import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { DEMO_BEARER } from './seed/fixtures';
import { demoStore } from './store/instance';
import type { DemoSeedSize } from './controls';
import type { DemoSettings } from './store/settings';

/** The demo backend in Node (unit tests): memory only, same handlers as the browser. */
export const server = setupServer(...handlers);

export interface ResetOptions {
  seedSize?: DemoSeedSize;
  settings?: Partial<DemoSettings>;
  /** Move the clock this many ms ahead of real time after the reset. */
  advanceMs?: number;
}

/** Back to a fresh seed with default settings (call in beforeEach); returns the demo bearer. */
export function resetDemoBackend(options: ResetOptions = {}): { bearer: string } {
  demoStore.reset({ seedSize: options.seedSize ?? 'standard' });
  if (options.settings) demoStore.updateSettings(options.settings);
  if (options.advanceMs) demoStore.advanceClock(options.advanceMs);
  return { bearer: DEMO_BEARER };
}

export { DEMO_BEARER };
