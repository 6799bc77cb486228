import { session } from '@/api/session';
import { modeWrittenInPage } from '@/config/env';

/**
 * Starts the in-page demo backend as soon as the page's code begins to run, without waiting for
 * it: the page hydrates at once and its requests wait for the backend (session.waitFor).
 *
 * This module is root.tsx's first import, so it is the first of the app's modules the browser
 * runs. React Router's start-up script runs the route modules before the app's entry
 * (entry.client.tsx); started from there, the demo backend was requested only once every route
 * module had been fetched and run (decision 016). It starts only where the page's HTML says demo
 * mode: not in a build-time render, not in a component test (whose page has no such HTML).
 *
 * The demo URL parameters are read and removed here, before the router reads the URL, so that no
 * later navigation carries them on.
 */
function startDemoMode() {
  const url = new URL(window.location.href);
  const options = {
    reset: url.searchParams.get('demoReset') === '1',
    seed: url.searchParams.get('demoSeed'),
  };
  if (url.searchParams.has('demoSeed') || url.searchParams.has('demoReset')) {
    // Applied once: a reload must keep the data, not reset it again.
    url.searchParams.delete('demoSeed');
    url.searchParams.delete('demoReset');
    window.history.replaceState(window.history.state, '', url);
  }
  // The demo backend (and MSW) is a separate chunk: live mode never downloads it.
  const started = import('@mocks/browser')
    .then(({ startDemoBackend }) => startDemoBackend(options))
    .then(({ bearer }) => {
      session.setBearer(bearer);
      // Lets end-to-end tests and the benchmark know the backend answers.
      document.documentElement.dataset.demoBackend = 'ready';
    });
  started.catch((error: unknown) => {
    console.error('[demo backend] could not start', error);
  });
  session.waitFor(started);
}

if (modeWrittenInPage() === 'demo') startDemoMode();
