// First-load JavaScript of the three routes, in demo mode and in live mode (signed out).
import { heaviestOwners, measureFirstLoad } from './first-load.mjs';
import { freePort, preview, readComposition } from './server.mjs';

const kb = (bytes) => (bytes / 1000).toFixed(1);

/** A token from the standard seed, found as the first link of the inventory. */
async function firstTokenUuid(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/service-tokens?demoReset=1`);
  const link = page.locator('main table tbody a[href^="/service-tokens/"]').first();
  await link.waitFor({ timeout: 30_000 });
  const href = (await link.getAttribute('href')) ?? '';
  await page.close();
  return href.split('/').at(-1);
}

export async function measureRoutes(browser, origin, { demoFiles, livePort, log }) {
  const heading = (name) => (page) =>
    page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
  const uuid = await firstTokenUuid(browser, origin);
  const paths = {
    inventory: ['/service-tokens', heading('Service Token Inventory')],
    wizard: ['/service-tokens/create/basic', heading('Create Service Token')],
    details: [`/service-tokens/${uuid}`, heading(undefined)],
  };

  const routes = {};
  const composition = readComposition();
  for (const [name, [path, ready]] of Object.entries(paths)) {
    const route = await measureFirstLoad(browser, origin, path, { ready, demoFiles });
    route.heaviest = heaviestOwners(route.files, composition);
    routes[name] = route;
    const heaviest = route.heaviest.slice(0, 8).map((entry) => `${entry.owner} ${kb(entry.gzip)}`);
    log(
      `first load ${name}: ${kb(route.appBytes)} kB gzip (+ ${kb(route.demoBytes)} kB demo ` +
        `backend); heaviest: ${heaviest.join(', ')}`,
    );
  }

  // Live mode, signed out: the same build served with PORTAL_MODE=live. Without a session the
  // API answers 401 and the page moves to sign-in, so what is counted is what a first visit
  // downloads on the way there.
  const live = await preview('live', await freePort(livePort));
  try {
    routes.live = {};
    for (const [name, [path]] of Object.entries(paths)) {
      const route = await measureFirstLoad(browser, live.origin, path, { demoFiles });
      routes.live[name] = route;
      log(
        `first load ${name}, live mode: ${kb(route.appBytes)} kB gzip (ended on ${route.landedOn})`,
      );
    }
  } finally {
    live.stop();
  }
  return routes;
}
