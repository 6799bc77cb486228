import type { Page } from '@playwright/test';
import { type DemoBackend, expect, test } from './fixtures';
import { dataRows, inventoryTable, settled } from './inventory-helpers';

/** The page scrolls only up and down: nothing in it is wider than the window. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
  // Nor does any part of it (a table or a toolbar scrolling inside the page) run past the window.
  const beyond = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => element.outerHTML.slice(0, 100));
  });
  expect(beyond, 'elements past the right edge').toEqual([]);
}

/** The inventory in demo mode on a screen of this size, its rows or cards in place. */
async function openInventoryAt(page: Page, demo: DemoBackend, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await demo.open('/service-tokens');
  await settled(page);
}

const tokenCards = (page: Page) =>
  page.getByRole('list', { name: 'Service Token Inventory' }).getByRole('listitem');

const stateWord = /INACTIVE|ACTIVE|EXPIRED|DELETED/;

test('on a 1280 px screen a network engineer reads each token’s state and expiry without scrolling sideways', async ({
  page,
  demo,
}) => {
  await openInventoryAt(page, demo, 1280, 800);

  const headers = await inventoryTable(page).getByRole('columnheader').allTextContents();
  expect(headers.slice(1)).toEqual(['Name', 'Token', 'Side', 'Asset', 'State', 'Expires']);
  const first = dataRows(page).first();
  for (const column of ['State', 'Expires']) {
    const cell = first.getByRole('cell').nth(headers.indexOf(column));
    const box = await cell.boundingBox();
    expect(box, `the ${column} cell`).not.toBeNull();
    expect(box!.x + box!.width, `the ${column} cell ends inside the window`).toBeLessThanOrEqual(
      1280,
    );
  }
  await expect(first.getByRole('cell').nth(headers.indexOf('State'))).toContainText(stateWord);
  await expectNoSidewaysScroll(page);

  // Each row keeps to one line: every row is as tall as the first.
  const heights = await dataRows(page).evaluateAll((rows) =>
    rows.map((row) => Math.round(row.getBoundingClientRect().height)),
  );
  expect(new Set(heights).size).toBe(1);
  expect(heights[0]).toBeLessThan(70);
});

test('on a phone each token is a card with its state, and nothing scrolls sideways', async ({
  page,
  demo,
}) => {
  await openInventoryAt(page, demo, 390, 844);

  await expect(inventoryTable(page)).toBeHidden();
  await expect(tokenCards(page)).toHaveCount(20);
  for (const card of await tokenCards(page).all()) {
    await expect(card).toContainText(stateWord);
    await expect(card).toContainText(/Expires/);
    await expect(card.getByRole('button', { name: /^Copy token / })).toBeVisible();
  }
  await expectNoSidewaysScroll(page);
  // The app bar too fits the phone.
  const header = await page.locator('header').boundingBox();
  expect(header!.width).toBeLessThanOrEqual(390);
});

test('on a phone the filters open in a drawer, and the list follows them', async ({
  page,
  demo,
}) => {
  await openInventoryAt(page, demo, 390, 844);
  await expect(page.getByRole('search', { name: 'Filter tokens' })).toBeHidden();

  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  // The box shows the URL: it reads as ticked once the URL says so.
  await drawer.getByRole('checkbox', { name: 'Expired (EXPIRED)' }).click();
  await expect(drawer.getByRole('checkbox', { name: 'Expired (EXPIRED)' })).toBeChecked();
  await expect(page).toHaveURL(/\?state=EXPIRED$/);
  await expectNoSidewaysScroll(page);
  const show = drawer.getByRole('button', { name: /^Show \d+ tokens?$/ });
  await expect(show).toBeVisible();
  const count = Number((await show.textContent())?.match(/\d+/)?.[0]);
  await show.click();
  await expect(drawer).toBeHidden();

  await settled(page);
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expect(tokenCards(page)).toHaveCount(Math.min(count, 20));
  for (const card of await tokenCards(page).all()) await expect(card).toContainText('EXPIRED');
});
