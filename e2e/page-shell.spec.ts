import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The first paint the server writes into the page (server/first-paint/page-shell.ts) must sit exactly
 * where the app then draws the same things: otherwise the page jumps when the app takes over, and
 * the heading the phone saw first is not the one it keeps.
 */
const pages = [
  { path: '/service-tokens', heading: 'Service Token Inventory' },
  { path: '/service-tokens/create/basic', heading: 'Create Service Token' },
];

type Box = { x: number; y: number; width: number; height: number };

async function layoutOf(
  browser: Browser,
  baseURL: string | undefined,
  path: string,
  width: number,
  javaScriptEnabled: boolean,
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height: 900 },
    javaScriptEnabled,
  });
  try {
    const page = await context.newPage();
    await page.goto(path);
    if (javaScriptEnabled) {
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.shell')).toHaveCount(0);
    }
    return await page.evaluate(() => {
      const box = (selector: string): Box => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`nothing matches ${selector}`);
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      return {
        header: box('header'),
        title: box('header p'),
        heading: box('h1'),
        headingText: document.querySelector('h1')?.textContent,
      };
    });
  } finally {
    await context.close();
  }
}

const near = (box: Box) => ({
  x: Math.round(box.x),
  y: Math.round(box.y),
  width: Math.round(box.width),
  height: Math.round(box.height),
});

for (const { path, heading } of pages) {
  test(`${path}: the first paint's bar and heading sit where the app draws them`, async ({
    browser,
    baseURL,
  }) => {
    for (const width of [1350, 412]) {
      const shell = await layoutOf(browser, baseURL, path, width, false);
      const app = await layoutOf(browser, baseURL, path, width, true);
      expect(shell.headingText, `${width} px`).toBe(heading);
      expect(app.headingText, `${width} px`).toBe(heading);
      expect(near(shell.header), `header at ${width} px`).toEqual(near(app.header));
      expect(near(shell.title), `title at ${width} px`).toEqual(near(app.title));
      expect(near(shell.heading), `heading at ${width} px`).toEqual(near(app.heading));
    }
  });
}

test('the first paint is a picture: hidden from assistive technology, inert, gone once the app runs', async ({
  browser,
  baseURL,
  page,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const still = await context.newPage();
    await still.goto('/service-tokens/some-token-uuid');
    const shell = still.locator('#root > .shell');
    await expect(shell).toHaveAttribute('aria-hidden', 'true');
    await expect(shell).toHaveAttribute('inert', '');
    // A page the shell does not know gets the bar alone, never another page's heading.
    await expect(still.locator('h1')).toHaveCount(0);
    await expect(still.getByRole('heading')).toHaveCount(0);
  } finally {
    await context.close();
  }

  await page.goto('/service-tokens');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible();
  await expect(page.locator('.shell')).toHaveCount(0);
});
