/* global window */
// Inventory timings at 1,000 / 10,000 / 100,000 seeded tokens in demo mode.
import { installProbe, median, timeInteraction } from './probe.mjs';

/** A data row of the inventory table (skeleton rows are aria-hidden). */
export const dataRows = 'main table tbody tr:not([aria-hidden="true"])';

const armRows = () => window.__bench.armRowsChange();

/**
 * Where the time to first rows goes, on the page's clock: the document parsed (app scripts
 * run), the first API request leaves (the demo backend is up), the token search answers.
 */
const startupBreakdown = () => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const api = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith('/fabric/'));
  const searches = api.filter(
    (entry) =>
      new URL(entry.name).pathname.startsWith('/fabric/v4/serviceTokens') &&
      entry.responseEnd <= window.__bench.firstRows,
  );
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
  return {
    domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
    backendCodeLoaded: mark('demo-backend:code-loaded'),
    backendStoreLoaded: mark('demo-backend:store-loaded'),
    backendStarted: mark('demo-backend:worker-started'),
    firstApiRequest: Math.min(...api.map((entry) => entry.startTime)),
    rowsResponse: Math.max(...searches.map((entry) => entry.responseEnd)),
  };
};

/**
 * Definitions (all on the page's own clock, so Playwright's polling adds nothing):
 * - first rows: navigation start → the first data row painted. Measured on a warm page (assets
 *   cached, MSW's service worker installed, the data set seeded, as on any visit after the
 *   first), so it shows what the data size costs: the demo backend loading and indexing its
 *   tokens, the search request, rendering.
 * - filter change: pointerdown on a State checkbox → the changed rows painted.
 * - page change: pointerdown on "next page" → the next page's rows painted.
 * - search: the input event in the search box → the matching rows painted, including the box's
 *   250 ms debounce (shown for information; the filter budget is the checkbox).
 */
export async function measureInventory(browser, origin, { sizes, runs, log }) {
  const results = [];
  for (const size of sizes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(installProbe, dataRows);
    const url = `${origin}/service-tokens?demoReset=1&demoSeed=${size}`;
    const samples = { firstRows: [], filter: [], page: [], search: [], breakdown: [] };

    const open = async (target = url) => {
      await page.goto(target);
      await page.waitForFunction(() => window.__bench.firstRows !== null, null, {
        timeout: 60_000,
      });
      return page.evaluate(() => window.__bench.firstRows);
    };
    await open(); // Warm-up: installs the service worker and fills the HTTP cache.

    for (let run = 0; run < runs; run += 1) {
      samples.firstRows.push(await open(`${origin}/service-tokens`));
      samples.breakdown.push(await page.evaluate(startupBreakdown));
      const expired = page.getByRole('checkbox', { name: 'Expired (EXPIRED)' });
      samples.filter.push(await timeInteraction(page, armRows, () => expired.click()));
      samples.filter.push(await timeInteraction(page, armRows, () => expired.click()));
      samples.page.push(
        await timeInteraction(page, armRows, () =>
          page.getByRole('button', { name: /next page/i }).click(),
        ),
      );
      samples.page.push(
        await timeInteraction(page, armRows, () =>
          page.getByRole('button', { name: /previous page/i }).click(),
        ),
      );
      // A whole name from the middle of the page matches few tokens, so the rows surely change.
      const name = (await page.locator(`${dataRows} td:nth-child(2)`).nth(6).innerText()).split(
        '\n',
      )[0];
      const search = page.getByRole('searchbox', { name: 'Search by name or token' });
      samples.search.push(await timeInteraction(page, armRows, () => search.fill(name.trim())));
    }
    await context.close();

    const phase = (name) => median(samples.breakdown.map((entry) => entry[name]));
    const result = {
      size,
      runs,
      breakdownMs: {
        domContentLoaded: phase('domContentLoaded'),
        backendCodeLoaded: phase('backendCodeLoaded'),
        backendStoreLoaded: phase('backendStoreLoaded'),
        backendStarted: phase('backendStarted'),
        firstApiRequest: phase('firstApiRequest'),
        rowsResponse: phase('rowsResponse'),
        firstRows: median(samples.firstRows),
      },
      firstRowsMs: median(samples.firstRows),
      filterMs: median(samples.filter),
      pageMs: median(samples.page),
      searchMs: median(samples.search),
      samples,
    };
    log(
      `inventory ${size.toLocaleString('en-US')}: first rows ${result.firstRowsMs.toFixed(0)} ms, ` +
        `filter ${result.filterMs.toFixed(0)} ms, page ${result.pageMs.toFixed(0)} ms, ` +
        `search ${result.searchMs.toFixed(0)} ms; first rows = document parsed ` +
        `${result.breakdownMs.domContentLoaded.toFixed(0)}, demo backend code ` +
        `${result.breakdownMs.backendCodeLoaded.toFixed(0)}, store ` +
        `${result.breakdownMs.backendStoreLoaded.toFixed(0)}, worker ` +
        `${result.breakdownMs.backendStarted.toFixed(0)}, first API request ` +
        `${result.breakdownMs.firstApiRequest.toFixed(0)}, rows answered ` +
        `${result.breakdownMs.rowsResponse.toFixed(0)}, painted ${result.firstRowsMs.toFixed(0)}`,
    );
    results.push(result);
  }
  return results;
}
