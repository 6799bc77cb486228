import { TOKENS } from '../mocks/seed/fixtures';
import { expect, test } from './fixtures';
import { dataRows, inventoryTable, settled, shownTotal } from './inventory-helpers';

const cards = [
  { name: 'Available (not redeemed)', url: /\?state=INACTIVE$/ },
  { name: 'Redeemed (in use)', url: /\?state=ACTIVE$/ },
  { name: 'Expired', url: /\?state=EXPIRED$/ },
  { name: 'Deleted', url: /\?state=DELETED$/ },
  { name: 'Expiring within 7 days', url: /\?expiringWithin=7$/ },
];

test('each overview count links to its filter, and the list it opens has that many tokens', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await settled(page);
  const overview = page.getByRole('navigation', { name: 'Token overview' });
  const everything = await shownTotal(page);
  let sumOfStates = 0;

  for (const card of cards) {
    const link = overview.getByRole('link', {
      name: new RegExp(`^\\d+ ${card.name.replace(/[()]/g, '\\$&')}`),
    });
    await expect(link).toBeVisible();
    const count = Number((await link.textContent())?.match(/^\d+/)?.[0]);
    await link.click();
    await expect(page).toHaveURL(card.url);
    await expect.poll(() => shownTotal(page)).toBe(count);
    await expect(link).toHaveAttribute('aria-current', 'true');
    if (card.name !== 'Expiring within 7 days') sumOfStates += count;
  }
  // Every token is in exactly one state.
  expect(sumOfStates).toBe(everything);

  // The expiring list warns about each of its tokens.
  await settled(page);
  await expect(inventoryTable(page)).toContainText(TOKENS.EXPIRING_IN_2_HOURS);
  const rows = await dataRows(page).count();
  await expect(dataRows(page).filter({ hasText: 'expires within 7 days' })).toHaveCount(rows);
});

test('a failed load says so and retries', async ({ page, demo, consoleErrors }) => {
  await demo.open('/service-tokens');
  await settled(page);
  await demo.settings({ offline: true });
  await page.getByRole('checkbox', { name: 'Deleted (DELETED)' }).click();
  await expect(page.getByRole('checkbox', { name: 'Deleted (DELETED)' })).toBeChecked();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The tokens could not be loaded' }),
  ).toBeVisible({
    timeout: 20_000,
  });
  await demo.settings({ offline: false });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The tokens could not be loaded' }),
  ).toHaveCount(0);
  await expect(dataRows(page).filter({ hasText: 'DELETED' }).first()).toBeVisible();
  consoleErrors.length = 0;
});
