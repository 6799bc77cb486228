/* global window, CSSStyleSheet */
// Records the styles of each page's first render for server/first-paint/critical-css.json
// (docs/decisions/010-critical-css.md): builds the production bundle, serves it in demo mode,
// opens the inventory, the wizard and a token's details in Chromium (light theme, desktop and
// phone widths) and keeps every rule emotion inserts, as emotion wrote it. Run it after changing
// the styles of anything on those pages; e2e/critical-css.spec.ts says when it is due.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { build, freePort, preview } from './bench/server.mjs';
import { ensureBrowser } from './ensure-browser.mjs';

const output = 'server/first-paint/critical-css.json';
const dataRows = 'main table tbody tr:not([aria-hidden="true"])';
const widths = [1350, 412];
/** After the page is drawn, time for its first answers (overview counts, ports) to be drawn too. */
const settleMs = 1_500;

/** Runs in the page before its scripts: records the rules emotion inserts into its `css` sheet. */
function recordEmotionRules() {
  const insertRule = CSSStyleSheet.prototype.insertRule;
  window.__emotionRules = [];
  CSSStyleSheet.prototype.insertRule = function record(rule, index) {
    if (this.ownerNode?.getAttribute('data-emotion') === 'css') window.__emotionRules.push(rule);
    return insertRule.call(this, rule, index);
  };
}

/** The emotion style a rule belongs to: `.css-NAME…` or `@keyframes animation-NAME`. */
function styleName(rule) {
  const keyframes = rule.match(/^@keyframes (animation-[a-z0-9]+)/);
  if (keyframes) return keyframes[1];
  return rule.match(/\.css-([a-z0-9]+)/)?.[1];
}

async function capture(browser, url, width, ready) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: 'light',
  });
  try {
    // The page as emotion alone styles it: without the styles this script wrote last time.
    await context.route(
      (target) => target.origin === new URL(url).origin,
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /<style data-served-styles="[^"]*">.*?<\/style>/s,
          '',
        );
        return route.fulfill({ response, body });
      },
    );
    const page = await context.newPage();
    await page.addInitScript(recordEmotionRules);
    await page.goto(url);
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(settleMs);
    const rules = await page.evaluate(() => window.__emotionRules);
    return { rules, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The rules of several captures, grouped by style name, each style once, first seen first. */
function merge(captures) {
  const byName = new Map();
  for (const rules of captures) {
    const seenHere = new Set();
    for (const rule of rules) {
      const name = styleName(rule);
      if (!name) continue;
      if (byName.has(name) && !seenHere.has(name)) continue;
      seenHere.add(name);
      byName.set(name, [...(byName.get(name) ?? []), rule]);
    }
  }
  const css = [...byName.values()].flat().join('');
  if (css.includes('</')) throw new Error('a recorded rule contains "</"; it cannot go in <style>');
  return { names: [...byName.keys()], css };
}

const executablePath = ensureBrowser() || undefined;
console.log('[critical-css] building…');
await build();
const server = await preview('demo', await freePort(4620));
const browser = await chromium.launch({ executablePath });
try {
  const pages = [
    { module: 'inventory', path: '/service-tokens', ready: dataRows },
    { module: 'create-token', path: '/service-tokens/create', ready: 'main form' },
  ];
  const recorded = {};
  let detailsPath;
  for (const { module, path, ready } of pages) {
    const captures = [];
    for (const width of widths) {
      const { rules, page, context } = await capture(browser, server.origin + path, width, ready);
      captures.push(rules);
      if (module === 'inventory' && !detailsPath) {
        // The first row's name is the link to its details.
        detailsPath = await page
          .locator(dataRows)
          .first()
          .getByRole('link')
          .first()
          .getAttribute('href');
      }
      await context.close();
    }
    recorded[module] = merge(captures);
  }
  const details = [];
  for (const width of widths) {
    const { rules, context } = await capture(
      browser,
      server.origin + detailsPath,
      width,
      'main h1',
    );
    details.push(rules);
    await context.close();
  }
  recorded['token-details'] = merge(details);
  writeFileSync(output, `${JSON.stringify(recorded, null, 2)}\n`);
  for (const [module, { names, css }] of Object.entries(recorded))
    console.log(`[critical-css] ${module}: ${names.length} styles, ${css.length} characters`);
  console.log(`[critical-css] wrote ${output}`);
} finally {
  await browser.close();
  server.stop();
}
