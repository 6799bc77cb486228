import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The first paint is the page's HTML as React Router rendered it at build time, before any script
 * runs. Its bar and heading must sit exactly where the running app draws them: otherwise the page
 * jumps when the app takes over, and the heading the phone saw first is not the one it keeps.
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
    // Every layout shift that moves something in the header, from the first paint on.
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(window, { headerShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          sources?: { node?: Node | null }[];
        })[]) {
          for (const source of entry.sources ?? []) {
            const element =
              source.node instanceof Element ? source.node : source.node?.parentElement;
            if (element?.closest('header')) shifts.push(element.outerHTML.slice(0, 120));
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    if (javaScriptEnabled) {
      // The page itself, not its loading state: the first rows (a table, or cards on a phone),
      // or the wizard's first choice.
      await expect(
        page
          .locator('main tbody tr, main ul[aria-labelledby] > li, main form input')
          .filter({ visible: true })
          .first(),
      ).toBeVisible();
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
        // MUI's select draws its label as a div, not a <label>.
        projectLabel: box('header .MuiInputLabel-root'),
        projectField: box('header fieldset'),
        modeControls: box('[data-testid="mode-controls"]'),
        heading: box('h1'),
        headingText: document.querySelector('h1')?.textContent,
        headerShifts: (window as unknown as { headerShifts: string[] }).headerShifts,
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
  test(`${path}: the first paint's bar (its project field and mode controls too) and heading sit where the app draws them, and nothing in the bar shifts`, async ({
    browser,
    baseURL,
  }) => {
    for (const width of [1350, 412]) {
      const html = await layoutOf(browser, baseURL, path, width, false);
      const app = await layoutOf(browser, baseURL, path, width, true);
      expect(html.headingText, `${width} px`).toBe(heading);
      expect(app.headingText, `${width} px`).toBe(heading);
      expect(near(html.header), `header at ${width} px`).toEqual(near(app.header));
      expect(near(html.title), `title at ${width} px`).toEqual(near(app.title));
      // The header is laid out once: the project field's label and outline, and the place of the
      // mode and its control, are where they will stay; nothing in the header shifts.
      expect(near(html.projectLabel), `project label at ${width} px`).toEqual(
        near(app.projectLabel),
      );
      expect(near(html.projectField), `project field at ${width} px`).toEqual(
        near(app.projectField),
      );
      expect(near(html.modeControls), `mode controls at ${width} px`).toEqual(
        near(app.modeControls),
      );
      expect(app.headerShifts, `layout shifts in the header at ${width} px`).toEqual([]);
      expect(near(html.heading), `heading at ${width} px`).toEqual(near(app.heading));
    }
  });
}

test('the browser draws nothing before it has read the whole header, so a busy machine never paints it half built', async ({
  page,
}) => {
  for (const { path } of pages) {
    const html = await (await page.request.get(path)).text();
    const expected = /<link rel="expect" href="#([\w-]+)" blocking="render"\/?>/.exec(
      html.slice(0, html.indexOf('</head>')),
    )?.[1];
    // It waits for the page's main element, which root.tsx's layout draws right under the header.
    expect(expected, `${path}: a render-blocking expect link in the head`).toBe('main');
    // The element it waits for comes after the whole header.
    const target = html.indexOf(`id="${expected}"`);
    expect(target, `${path}: #${expected} is in the page`).toBeGreaterThan(0);
    expect(target, `${path}: #${expected} comes after the header`).toBeGreaterThan(
      html.indexOf('</header>'),
    );
  }
});

test('an address with no page of its own at build time first shows the bar alone, never another page’s heading', async ({
  browser,
  baseURL,
  page,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const still = await context.newPage();
    await still.goto('/service-tokens/some-token-uuid');
    await expect(still.locator('header')).toContainText('Fabric Service Tokens');
    await expect(still.getByRole('progressbar', { name: 'Loading page' })).toBeAttached();
    await expect(still.getByRole('heading')).toHaveCount(0);
  } finally {
    await context.close();
  }

  await page.goto('/service-tokens');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible();
});

test('the first paint is styled in the visitor’s color scheme before any script runs', async ({
  browser,
  baseURL,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, colorScheme });
    try {
      const still = await context.newPage();
      await still.goto('/service-tokens');
      const background = await still.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(background, colorScheme).toBe(
        colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)',
      );
      // The app bar is drawn by MUI's own styles, not the browser's defaults.
      const position = await still.evaluate(
        () => getComputedStyle(document.querySelector('header') as Element).display,
      );
      expect(position).toBe('flex');
    } finally {
      await context.close();
    }
  }
});
