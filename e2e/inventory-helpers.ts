import type { Page } from '@playwright/test';
import { DEMO_BEARER } from '../mocks/seed/fixtures';
import { waitForDemoBackend } from './api-in-page';

/** The inventory table, found as a person finds it: by its heading. */
export const inventoryTable = (page: Page) =>
  page.getByRole('table', { name: 'Service Token Inventory' });

/** The data rows (the header row has column headers, not cells). */
export const dataRows = (page: Page) =>
  inventoryTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

/** The "N tokens" total above the table, once loaded. */
export async function shownTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^\d\S* tokens?$/).textContent({ timeout: 15_000 });
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

/** Waits until the table shows the answer to the current URL (no page or filter change pending). */
export async function settled(page: Page) {
  await page.getByText(/^\d\S* tokens?$/).waitFor();
  await page.getByRole('progressbar', { name: 'Loading tokens' }).waitFor({ state: 'detached' });
}

/** Reads the demo backend through the API, as another client of it would. */
export async function apiGet<T = unknown>(page: Page, path: string): Promise<T> {
  await waitForDemoBackend(page);
  return page.evaluate(
    async ([url, bearer]) => {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${bearer}` } });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json();
    },
    [path, DEMO_BEARER] as const,
  ) as Promise<T>;
}
