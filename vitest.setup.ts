import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { session } from './src/api/session';
import { resetDemoBackend, server } from './mocks/node';

// One set of handlers for every test; a request no handler answers fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
// Testing Library unmounts by itself only with vitest globals, which this project does not use.
afterEach(() => cleanup());
afterAll(() => server.close());
// Each test starts on a fresh demo backend, signed in as the page would be in demo mode.
beforeEach(() => session.setBearer(resetDemoBackend().bearer));

// console.error in a test is a failure, not noise.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  if (consoleErrors.length > 0) {
    const first = consoleErrors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`console.error was called during the test:\n${first}`);
  }
});
