import { expect, test } from './fixtures';
import { namedScriptUrls } from './served-page';

// The headers belong to `npm run serve`, which serves the build. `E2E_DEV=1` (a manual option
// while writing tests) runs the suite against the dev server, which has no /assets/ at all;
// `npm test` and CI always run the build, where this test always runs.
test.skip(Boolean(process.env.E2E_DEV), 'the dev server serves sources, not the build');

test('the build’s fingerprinted scripts are kept by the browser; the page and the worker are asked for again', async ({
  request,
}) => {
  const page = await request.get('/service-tokens', { headers: { accept: 'text/html' } });
  expect(page.headers()['cache-control']).toBe('no-cache');
  const scripts = namedScriptUrls(await page.text());
  expect(scripts.length).toBeGreaterThan(5);
  for (const script of scripts) {
    const answer = await request.get(script);
    expect(answer.status(), script).toBe(200);
    expect(answer.headers()['cache-control'], script).toBe('public, max-age=31536000, immutable');
  }
  const worker = await request.get('/mockServiceWorker.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');
});
