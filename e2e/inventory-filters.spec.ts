import type { Request } from '@playwright/test';
import { PORTS, TOKENS } from '../mocks/seed/fixtures';
import { chooseOption, expect, test } from './fixtures';
import { dataRows, inventoryTable, settled, shownTotal } from './inventory-helpers';

type Leaf = { property?: string; operator?: string; values?: string[]; or?: Leaf[] };

/** The filters of the table's searches (the overview asks for one row at a time). */
function recordSearches(requests: { and: Leaf[] }[]) {
  return (request: Request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/serviceTokens/search')) return;
    const body = request.postDataJSON() as {
      filter?: { and?: Leaf[] };
      pagination?: { limit: number };
    };
    if ((body.pagination?.limit ?? 0) > 1) requests.push({ and: body.filter?.and ?? [] });
  };
}

test('a token owner filters by state and text, and reload, Back and a shared link restore the view', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await settled(page);
  const everything = await shownTotal(page);

  await page.getByRole('checkbox', { name: 'Expired (EXPIRED)' }).click();
  await expect(page.getByRole('checkbox', { name: 'Expired (EXPIRED)' })).toBeChecked();
  await expect(page).toHaveURL(/state=EXPIRED/);
  await expect.poll(() => shownTotal(page)).toBeLessThan(everything);
  await settled(page);
  const expired = await shownTotal(page);
  await expect(dataRows(page).filter({ hasText: 'EXPIRED' })).toHaveCount(Math.min(expired, 20));
  await expect(dataRows(page).filter({ hasText: /\b(INACTIVE|ACTIVE|DELETED)\b/ })).toHaveCount(0);

  // A whole token uuid finds exactly that token.
  await page.getByRole('searchbox', { name: 'Search by name or token' }).fill(TOKENS.EXPIRED_ASIDE);
  await expect(page).toHaveURL(new RegExp(`q=${TOKENS.EXPIRED_ASIDE}`));
  await settled(page);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText(TOKENS.EXPIRED_ASIDE);

  await page.reload();
  await settled(page);
  await expect(page.getByRole('checkbox', { name: 'Expired (EXPIRED)' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search by name or token' })).toHaveValue(
    TOKENS.EXPIRED_ASIDE,
  );
  await expect(dataRows(page)).toHaveCount(1);

  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByRole('searchbox', { name: 'Search by name or token' })).toHaveValue('');
  await expect.poll(() => shownTotal(page)).toBe(expired);

  // A shared link opens the same view in a fresh page.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole('checkbox', { name: 'Expired (EXPIRED)' })).toBeChecked();
  await other.close();
});

test('the page and page size live in the URL and survive a reload', async ({ page, demo }) => {
  await demo.open('/service-tokens');
  await settled(page);
  const total = await shownTotal(page);

  await chooseOption(page, page.getByRole('combobox', { name: 'Tokens per page' }), '10');
  await expect(page).toHaveURL(/pageSize=10/);
  await settled(page);
  await expect(dataRows(page)).toHaveCount(10);
  const firstOfPage1 = await dataRows(page).first().getByRole('link').first().textContent();

  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await settled(page);
  await expect(page.getByText(`11–20 of ${total}`)).toBeVisible();
  await expect(dataRows(page).first().getByRole('link').first()).not.toHaveText(firstOfPage1 ?? '');

  await page.reload();
  await settled(page);
  await expect(page.getByText(`11–20 of ${total}`)).toBeVisible();
  await expect(dataRows(page)).toHaveCount(10);

  // A filter change starts again at page 1.
  await page.getByRole('checkbox', { name: 'Deleted (DELETED)' }).click();
  await expect(page.getByRole('checkbox', { name: 'Deleted (DELETED)' })).toBeChecked();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page).toHaveURL(/pageSize=10/);
});

test('expiry, creation dates and port are filtered by the server', async ({ page, demo }) => {
  const searches: { and: Leaf[] }[] = [];
  page.on('request', recordSearches(searches));
  await demo.open('/service-tokens');
  await settled(page);

  await chooseOption(page, page.getByRole('combobox', { name: 'Expiring within' }), '7 days');
  await expect(page).toHaveURL(/expiringWithin=7/);
  await settled(page);
  await expect(inventoryTable(page)).toContainText(TOKENS.EXPIRING_IN_3_DAYS);
  await expect(inventoryTable(page)).toContainText(TOKENS.EXPIRING_IN_2_HOURS);
  await expect(inventoryTable(page)).not.toContainText(TOKENS.ASIDE_DOT1Q_INACTIVE);
  expect(searches.at(-1)?.and).toContainEqual({
    property: '/state',
    operator: '=',
    values: ['INACTIVE'],
  });
  expect(
    searches.at(-1)?.and.find((leaf) => leaf.property === '/expirationDateTime')?.operator,
  ).toBe('BETWEEN');

  await page.getByRole('combobox', { name: 'Port' }).selectOption(PORTS.SG_PRI_01);
  await expect(page).toHaveURL(new RegExp(`port=${PORTS.SG_PRI_01}`));
  await settled(page);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(inventoryTable(page)).toContainText(TOKENS.EXPIRING_IN_2_HOURS);
  expect(
    searches
      .at(-1)
      ?.and.at(-1)
      ?.or?.map((leaf) => leaf.property),
  ).toEqual([
    '/connection/aSide/accessPointSelectors/port/uuid',
    '/connection/zSide/accessPointSelectors/port/uuid',
  ]);

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/service-tokens$/);
  await page.getByLabel('Created from').fill('2000-01-01');
  await page.getByLabel('Created to').fill('2000-12-31');
  await expect(page).toHaveURL(/createdFrom=2000-01-01&createdTo=2000-12-31/);
  await expect(page.getByText('No tokens match these filters')).toBeVisible();
  expect(
    searches.at(-1)?.and.find((leaf) => leaf.property === '/changeLog/createdDateTime')?.operator,
  ).toBe('BETWEEN');
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  // Until the new answer arrives the old "0 tokens" is still shown, so poll for the new total.
  await expect.poll(() => shownTotal(page)).toBeGreaterThan(0);
});

test('an address with invalid view settings falls back to the defaults', async ({ page, demo }) => {
  await demo.open('/service-tokens?pageSize=7&page=zero&state=NOPE&density=huge&cols=nothing');
  await settled(page);
  await expect(dataRows(page)).toHaveCount(20);
  for (const state of ['ACTIVE', 'INACTIVE', 'EXPIRED', 'DELETED']) {
    await expect(
      page.getByRole('checkbox', { name: new RegExp(`\\(${state}\\)$`) }),
    ).not.toBeChecked();
  }
  // The selection box and the six default columns.
  await expect(inventoryTable(page).getByRole('columnheader')).toHaveCount(7);
});

test('a token owner picks the columns and the density, and they stay after a reload', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await settled(page);
  const headers = inventoryTable(page).getByRole('columnheader');
  await expect(headers).toHaveCount(7);

  await page.getByRole('button', { name: 'Columns' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Name (always shown)' })).toBeDisabled();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Recipients' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await menu.getByRole('menuitemcheckbox', { name: 'Recipients' }).click();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Recipients' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await menu.getByRole('menuitemcheckbox', { name: 'Created' }).click();
  await menu.getByRole('menuitemcheckbox', { name: 'Side' }).click();
  await page.keyboard.press('Escape');
  await expect(headers).toHaveCount(8);
  await expect(
    inventoryTable(page).getByRole('columnheader', { name: 'Recipients' }),
  ).toBeVisible();
  await expect(inventoryTable(page).getByRole('columnheader', { name: 'Side' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Compact' }).click();
  await expect(page).toHaveURL(/density=compact/);
  await expect(page).toHaveURL(/cols=name%2Cuuid%2Casset%2Cstate%2Cexpires%2Crecipients%2Ccreated/);

  await page.reload();
  await settled(page);
  await expect(headers).toHaveCount(8);
  await expect(page.getByRole('button', { name: 'Compact' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // A click anywhere on a row opens the token.
  const row = dataRows(page).first();
  const uuid = (await row.getByRole('code').first().textContent()) ?? '';
  await row.getByRole('cell').nth(3).click();
  await expect(page).toHaveURL(new RegExp(`/service-tokens/${uuid}$`));
});
