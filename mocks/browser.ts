import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { DEMO_BEARER } from './seed/fixtures';
import { indexedDbPersistence } from './store/indexed-db';
import { demoStore } from './store/instance';
import { memoryPersistence } from './store/persistence';
import { warmUpRows } from './store/seed-tables';
import { parseSeedSize, type SeedSize } from './store/settings';
import { localStorageTabSync, noTabSync } from './store/tab-sync';

/** Applies `?demoReset=1` and `?demoSeed=…` while loading, so a seed is built only once. */
async function loadStore(reset: boolean, seedSize: SeedSize | undefined): Promise<void> {
  if (reset) {
    const size = seedSize ?? (await demoStore.storedMeta())?.seedSize ?? 'standard';
    demoStore.reset({ seedSize: size });
    return;
  }
  await demoStore.load();
  if (seedSize && seedSize !== demoStore.meta.seedSize)
    demoStore.reset({ seedSize, keepSettings: true });
}

let started: Promise<{ bearer: string }> | undefined;

/**
 * Starts the demo backend in the browser: loads the persisted store (IndexedDB), applies the
 * `demoSeed` / `demoReset` URL parameters, then starts the service worker. Returns the bearer
 * the page sends (the backend answers 401 without it). Calling it again returns the same start:
 * two workers in one page would each answer, and run, every request.
 */
export function startDemoBackend(): Promise<{ bearer: string }> {
  started ??= start();
  return started;
}

async function start(): Promise<{ bearer: string }> {
  const url = new URL(window.location.href);
  const reset = url.searchParams.get('demoReset') === '1';
  const seedSize = parseSeedSize(url.searchParams.get('demoSeed'));
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
  if (url.searchParams.has('demoSeed') || url.searchParams.has('demoReset')) {
    // Applied once: a reload must keep the data, not reset it again.
    url.searchParams.delete('demoSeed');
    url.searchParams.delete('demoReset');
    window.history.replaceState(window.history.state, '', url);
  }
  await setupWorker(...handlers).start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  void warmUpRows(() => demoStore.tokens);
  return { bearer: DEMO_BEARER };
}
