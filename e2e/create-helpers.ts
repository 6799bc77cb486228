import type { Page } from '@playwright/test';
import { DEMO_BEARER } from '../mocks/seed/fixtures';
import { callApi, waitForDemoBackend } from './api-in-page';
import { expect } from './fixtures';

/** Steps of the Create Service Token wizard, found by role and label as a person finds them. */

/** A route's code loads on first visit: on a busy machine that takes more than a click's time. */
const pageLoad = { timeout: 30_000 };

export const stepHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name });

/** "Service Tokens > Create Service Token", from the app bar. */
export async function openWizard(page: Page) {
  await page.getByRole('button', { name: 'Service Tokens' }).click();
  await page.getByRole('menuitem', { name: 'Create Service Token' }).click();
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible(pageLoad);
}

/** The wizard's selects are the browser's own: pick by the option's label. */
export async function chooseLocation(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ label: name });
}

/** What a native select shows as chosen (its text is every option's). */
export const chosenOption = (page: Page, name: string) =>
  page.getByRole('combobox', { name }).locator('option:checked');

export async function next(page: Page, to: 'Token details' | 'Review') {
  await page.getByRole('button', { name: `Next: ${to}` }).click();
  await expect(stepHeading(page, to)).toBeVisible();
}

export async function addRecipients(page: Page, emails: string[]) {
  const field = page.getByRole('textbox', { name: 'Recipient email' });
  for (const email of emails) {
    await field.fill(email);
    await field.press('Enter');
    await expect(page.getByRole('button', { name: new RegExp(`^${email}`) })).toBeVisible();
  }
}

export async function chooseLimit(page: Page, limit: string) {
  await page
    .getByRole('combobox', { name: 'Connection bandwidth limit' })
    .selectOption({ label: limit });
}

export async function chooseSpeeds(page: Page, speeds: string[]) {
  for (const speed of speeds)
    await page.getByRole('checkbox', { name: speed, exact: true }).check();
}

/** Review: waits for the server's dry run, creates, and lands on the Created page. */
export async function create(page: Page) {
  await expect(
    page.getByText('The server accepted this request (dry run). Nothing has been created yet.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Create Service Token' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Service Tokens? Created$/ }),
  ).toBeVisible(pageLoad);
}

/** On the Created page: copies each token with its Copy button, as a person hands it over. */
export async function copyTokens(page: Page): Promise<string[]> {
  const uuids = new URL(page.url()).searchParams.getAll('token');
  expect(uuids.length).toBeGreaterThan(0);
  for (const uuid of uuids) {
    const card = page.getByRole('region').filter({ hasText: uuid });
    await card.getByRole('button', { name: 'Copy token' }).click();
    await expect(card.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(uuid);
  }
  return uuids;
}

interface TokenView {
  uuid: string;
  state?: string;
  name?: string;
  connection?: {
    bandwidthLimit?: number;
    supportedBandwidths?: number[];
    allowRemoteConnection?: boolean;
    aSide?: { accessPointSelectors?: Selector[] };
    zSide?: { accessPointSelectors?: Selector[] };
  };
}
interface Selector {
  type?: string;
  port?: { uuid?: string };
  linkProtocol?: { type?: string; vlanTag?: number; vlanSTag?: number; vlanCTag?: number };
  virtualDevice?: { uuid?: string };
  interface?: { id?: number };
  network?: { uuid?: string; type?: string };
}

/** The token as the API has it, read as another client would read it. */
export async function readToken(page: Page, uuid: string): Promise<TokenView> {
  await waitForDemoBackend(page);
  return page.evaluate(
    async ([id, bearer]) => {
      const response = await fetch(`/fabric/v4/serviceTokens/${id}`, {
        headers: { Authorization: `Bearer ${bearer}` },
      });
      if (!response.ok) throw new Error(`GET token ${id} answered ${response.status}`);
      return response.json();
    },
    [uuid, DEMO_BEARER] as const,
  );
}

export function selectorOf(token: TokenView): Selector | undefined {
  return (token.connection?.aSide ?? token.connection?.zSide)?.accessPointSelectors?.[0];
}

/** From the Created page to the inventory. */
export async function goToInventory(page: Page) {
  await page.getByRole('link', { name: 'View the inventory' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible(pageLoad);
}

/**
 * Shows a column the inventory hides by default (the Columns menu), as a user who wants it would;
 * a column already shown stays.
 */
async function showColumn(page: Page, column: string) {
  const table = page.getByRole('table', { name: 'Service Token Inventory' });
  const header = table.getByRole('columnheader', { name: column, exact: true });
  if ((await header.count()) > 0) return;
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: column, exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(header).toBeVisible();
}

/**
 * In the inventory, the token is found by searching its uuid: INACTIVE, with what it holds. The
 * link protocol (VLAN, interface) is not among the default columns: the user shows it.
 */
export async function expectInInventory(page: Page, uuid: string, shows: (string | RegExp)[]) {
  await page.getByRole('searchbox', { name: 'Search by name or token' }).fill(uuid);
  await showColumn(page, 'Link protocol / VLAN');
  const table = page.getByRole('table', { name: 'Service Token Inventory' });
  const row = table.getByRole('row').filter({ hasText: uuid });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('INACTIVE');
  // Cell by cell: the row's text runs its cells together.
  for (const text of shows) {
    await expect(row.getByRole('cell').filter({ hasText: text }).first()).toBeVisible();
  }
}

/**
 * In the inventory, the token's cell under a column, found by the column header's position; a
 * column hidden by default is shown first.
 */
export async function inventoryCell(page: Page, uuid: string, column: string) {
  await showColumn(page, column);
  const table = page.getByRole('table', { name: 'Service Token Inventory' });
  // The first header is the select-all checkbox's, above each row's own checkbox cell.
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((header) => header.trim() === column);
  expect(index, `the inventory shows a ${column} column`).toBeGreaterThan(-1);
  return table.getByRole('row').filter({ hasText: uuid }).getByRole('cell').nth(index);
}

/** On the Created page, a value of a token's card, found by its label. */
export const createdField = (page: Page, uuid: string, label: string) =>
  page.getByRole('region').filter({ hasText: uuid }).locator(`dt:text-is("${label}") + dd`);

export { callApi };

export async function tokensNamed(page: Page, name: string): Promise<TokenView[]> {
  const answer = await callApi<{ data?: TokenView[] }>(
    page,
    'POST',
    '/fabric/v4/serviceTokens/search',
    {
      filter: { and: [{ property: '/name', operator: '=', values: [name] }] },
      pagination: { offset: 0, limit: 100 },
    },
  );
  expect(answer.status).toBe(200);
  return answer.body.data ?? [];
}
