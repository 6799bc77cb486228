import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataRows, settled } from './inventory-helpers';

/**
 * The served page carries the styles of its first render (server/first-paint/critical-css.ts), so MUI's
 * style engine skips compiling and inserting them. This fails when a page's first render uses a
 * style the page was not served (the page still looks right, it is only slower): run
 * `npm run gen:critical-css` and commit server/first-paint/critical-css.json.
 */
const regenerate =
  'styles missing from server/first-paint/critical-css.json: run npm run gen:critical-css';

/** What the page was served, what its elements use, and what emotion inserted again at run time. */
function emotionStyles() {
  const served = document.querySelector('style[data-served-styles]');
  const names = served?.getAttribute('data-served-styles')?.split(' ') ?? [];
  const used = new Set(
    [...document.querySelectorAll('[class]')].flatMap((element) =>
      [...element.classList].filter((name) => name.startsWith('css-')).map((name) => name.slice(4)),
    ),
  );
  const runtimeSheets = [
    ...document.querySelectorAll<HTMLStyleElement>('style[data-emotion="css"]'),
  ];
  const runtimeRules = runtimeSheets.flatMap((style) =>
    [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText),
  );
  return {
    served: names.length,
    // Still in the body, where the server wrote it: never moved to the head (a style element
    // that moves is built again by the browser, decision 012).
    servedInPlace: served?.parentElement === document.body,
    // Styles inserted at run time come after the served ones, as they would after emotion's own
    // hand-over, so they win where both apply.
    runtimeAfterServed: runtimeSheets.every(
      (sheet) =>
        served !== null &&
        (served.compareDocumentPosition(sheet) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    ),
    // `css-0` is emotion's empty style: it has no rules to serve.
    missing: [...used].filter((name) => name !== '0' && !names.includes(name)),
    insertedAgain: names.filter((name) =>
      runtimeRules.some((rule) => rule.includes(`.css-${name}`)),
    ),
  };
}

const pages: { name: string; open: (page: Page) => Promise<Locator> }[] = [
  { name: 'inventory', open: async (page) => dataRows(page).first() },
  { name: 'wizard', open: async (page) => page.locator('main form') },
  {
    // The token the generator records: the inventory's first row.
    name: 'token details',
    open: async (page) => {
      await settled(page);
      const href = await dataRows(page).first().getByRole('link').first().getAttribute('href');
      await page.goto(href ?? '/');
      return page.locator('main h1');
    },
  },
];

for (const width of [1350, 412]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 }, colorScheme: 'light' });

    for (const { name, open } of pages) {
      test(`the ${name} page is served the styles of its first render`, async ({ page, demo }) => {
        await demo.open(name === 'wizard' ? '/service-tokens/create/basic' : '/service-tokens');
        await expect(await open(page)).toBeVisible();
        if (name === 'inventory') await settled(page);
        const styles = await page.evaluate(emotionStyles);
        expect(styles.served).toBeGreaterThan(50);
        expect(styles.servedInPlace).toBe(true);
        expect(styles.runtimeAfterServed).toBe(true);
        expect(styles.missing, regenerate).toEqual([]);
        // Served styles are not compiled and inserted a second time.
        expect(styles.insertedAgain).toEqual([]);
      });
    }
  });
}
