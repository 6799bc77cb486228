import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPortalQueryClient } from '@/app/query-client';
import { session } from '@/api/session';
import { config, serverSessionHint } from '@/config/env';
import { paths } from '@/config/paths';
import { App } from '@/app/app';
import { preloadRoute } from '@/app/router';

/**
 * Starts the in-page demo backend without waiting for it: the page paints at once and its
 * requests wait for the backend (session.waitFor). The demo URL parameters are read and removed
 * here, before the router reads the URL, so that no later navigation carries them on.
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

/**
 * Live mode, signed out (the server says so): straight to sign-in, with the way back, instead of
 * loading a page that would only be turned away by the API's first 401.
 */
function goToSignInIfSignedOut() {
  const { pathname, search } = window.location;
  if (serverSessionHint() !== 'signed-out' || pathname === paths.signIn.path) return;
  window.history.replaceState(null, '', paths.signIn.href(`${pathname}${search}`));
}

/** How long the first render waits for the page's first answers before it renders without. */
const firstAnswersWaitMs = 1_000;

async function start() {
  if (config.mode === 'live') goToSignInIfSignedOut();
  // Demo parameters leave the URL first, so the page's prefetch reads the URL the page will.
  if (config.mode === 'demo') startDemoMode();
  const queryClient = createPortalQueryClient();
  const { pathname, search } = window.location;
  // The page's first requests start with its code. The first render waits for their answers (for
  // a moment at most): a render that an answer overtakes is thrown away and done again, at once
  // and in one piece (React keeps every component's view of the query cache consistent).
  const page = preloadRoute(pathname, { queryClient, search, waitMs: firstAnswersWaitMs });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The first paint waits for the page's code (downloading since the line above), so the shell and
  // the page appear together, with no loading bar that the page then replaces. Until then the
  // server's first paint (server/first-paint/page-shell.ts) shows the page's frame.
  await page;
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
}

void start();
