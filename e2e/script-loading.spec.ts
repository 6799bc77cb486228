import { expect, test } from './fixtures';
import { namedScriptUrls } from './served-page';

// The page's script tags and chunks belong to the build, served by the production server. `E2E_DEV=1`
// (a manual option while writing tests) runs the suite against the dev server, which serves
// sources; `npm test` and CI always run the build, where these tests always run.
test.skip(Boolean(process.env.E2E_DEV), 'the dev server serves sources, not the build');

/** The scripts a served page names: its module script and its module preloads. */
function namedScripts(html: string) {
  return [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*>/g)].map(
    (match) => match[0],
  );
}

test('the start-up code is one chunk: the entry imports no other chunk before it runs', async ({
  request,
}) => {
  const html = await (
    await request.get('/service-tokens', { headers: { accept: 'text/html' } })
  ).text();
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  expect(entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
  const code = await (await request.get(entry ?? '')).text();
  // Static imports (`import{a as b}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is not one.
  expect(code.match(/\bimport\s*(?:[\w${*][^;()]*?from\s*)?["']\.\.?\/[^"']+["']/g)).toBeNull();
  // The code is there all the same: React, the router and the pages' loaders.
  expect(code.length).toBeGreaterThan(300_000);
});

test('every script the page names is fetched at low priority', async ({ page, request }) => {
  for (const path of ['/service-tokens', '/service-tokens/create/basic']) {
    const html = await (await request.get(path, { headers: { accept: 'text/html' } })).text();
    const tags = namedScripts(html);
    expect(tags.length, path).toBeGreaterThan(2);
    for (const tag of tags) expect(tag, path).toContain('fetchpriority="low"');
  }

  // And the browser takes it so (Chromium reports the priority it fetched each request at).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const priorities = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', ({ request: sent, type }) => {
    if (type === 'Script') priorities.set(new URL(sent.url).pathname, sent.initialPriority);
  });
  const response = await page.goto('/service-tokens');
  await expect(page.getByRole('heading', { name: 'Service Token Inventory' })).toBeVisible();
  const named = namedScriptUrls((await response?.text()) ?? '');
  expect(named.length).toBeGreaterThan(2);
  for (const script of named) expect(priorities.get(script), script).toBe('Low');
});
