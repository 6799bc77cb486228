/**
 * The page's entry module. It lets the browser paint what the server wrote into the page (the
 * app bar and the page's heading, src/server/page-shell.ts) before the app's code is evaluated,
 * then starts the app (src/main.tsx). The app's code downloads meanwhile: the build names it in
 * the page as modulepreload links (vite.config.ts), so waiting for a frame costs no download.
 * See docs/decisions/009-first-paint-and-start-up.md.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    // The task after the next frame runs after its paint. A hidden tab gets no frames: the
    // timeout starts the app there anyway.
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}

void afterFirstPaint()
  .then(() => import('./main'))
  .catch((error: unknown) => {
    console.error('[portal] the app could not start', error);
  });
