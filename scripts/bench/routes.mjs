// First-load JavaScript of the three routes, in demo mode and in live mode (signed in).
import { heaviestOwners, measureFirstLoad } from './first-load.mjs';
import { startStub } from './server-load.mjs';
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

  // Live mode, signed in: the same build served with PORTAL_MODE=live, in front of the bench's
  // stub API (scripts/bench/stub-upstream.mjs). The context signs in through the BFF first, so
  // each route loads its own code; the stub's answers are not the route's data, and the page says
  // so, which does not change what it downloads.
  const stub = await startStub();
  const live = await preview('live', await freePort(livePort), { FABRIC_API_URL: stub.origin });
  try {
    routes.live = {};
    for (const [name, [path, ready]] of Object.entries(paths)) {
      const route = await measureFirstLoad(browser, live.origin, path, {
        ready,
        demoFiles,
        signIn: async (context) => {
          const answer = await context.request.post(`${live.origin}/bff/session`, {
            data: { clientId: 'bench-client', clientSecret: 'bench-secret' },
          });
          if (answer.status() !== 204) throw new Error(`bench sign-in answered ${answer.status()}`);
        },
      });
      routes.live[name] = route;
      log(
        `first load ${name}, live mode: ${kb(route.appBytes)} kB gzip (ended on ${route.landedOn})`,
      );
    }
  } finally {
    live.stop();
    stub.stop();
  }
  return routes;
}
