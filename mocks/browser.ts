import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { DEMO_BEARER } from './seed/fixtures';
import { indexedDbPersistence } from './store/indexed-db';
import { demoStore } from './store/instance';
import { memoryPersistence } from './store/persistence';
import { warmUpRows } from './store/seed-tables';
import type { DemoSeedSize } from './controls';
import { parseSeedSize } from './store/settings';
import { localStorageTabSync, noTabSync } from './store/tab-sync';

/** Applies `?demoReset=1` and `?demoSeed=…` while loading, so a seed is built only once. */
async function loadStore(reset: boolean, seedSize: DemoSeedSize | undefined): Promise<void> {
  if (reset) {
    const size = seedSize ?? (await demoStore.storedMeta())?.seedSize ?? 'standard';
    demoStore.reset({ seedSize: size });
    return;
  }
  await demoStore.load();
  if (seedSize && seedSize !== demoStore.meta.seedSize)
    demoStore.reset({ seedSize, keepSettings: true });
}

/** How long after start-up the scale seed's names are built (the page's first answers come first). */
const warmUpDelayMs = 2_000;

let started: Promise<{ bearer: string }> | undefined;

/** What the page's URL asked for: `?demoReset=1` and `?demoSeed=1000|10000|100000`. */
export interface DemoStartOptions {
  reset: boolean;
  seed: string | null;
}

/**
 * Starts the demo backend in the browser: loads the persisted store (IndexedDB), applies the
 * reset and seed the URL asked for, then starts the service worker. Returns the bearer the page
 * sends (the backend answers 401 without it). Calling it again returns the same start: two
 * workers in one page would each answer, and run, every request.
 */
export function startDemoBackend(options: DemoStartOptions): Promise<{ bearer: string }> {
  started ??= start(options.reset, parseSeedSize(options.seed));
  return started;
}

async function start(
  reset: boolean,
  seedSize: DemoSeedSize | undefined,
): Promise<{ bearer: string }> {
  // Marks on the page's timeline, which the benchmark reads to say where start-up time goes.
  performance.mark('demo-backend:code-loaded');
  // The service worker starts while the store loads: the page sends nothing before both are done.
  const worker = setupWorker(...handlers).start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  await openStore(reset, seedSize);
  performance.mark('demo-backend:store-loaded');
  await worker;
  performance.mark('demo-backend:worker-started');
  // Not while the page starts: the warm-up's strings would share the main thread (and the
  // garbage collector's pauses) with the page's first answers and its first render.
  const warmUp = () => void warmUpRows(() => demoStore.tokens);
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 5_000 });
    else warmUp();
  }, warmUpDelayMs);
  return { bearer: DEMO_BEARER };
}

async function openStore(reset: boolean, seedSize: DemoSeedSize | undefined): Promise<void> {
  try {
    demoStore.configure(indexedDbPersistence(), localStorageTabSync());
    await loadStore(reset, seedSize);
    await demoStore.flush();
  } catch (error) {
    // No IndexedDB (private window, disabled storage): the demo still runs, in memory only.
    console.warn(
      '[demo backend] IndexedDB unavailable; demo data will not survive a reload',
      error,
    );
    demoStore.configure(memoryPersistence(), noTabSync);
    await loadStore(reset, seedSize);
  }
}
