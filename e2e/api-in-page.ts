import type { Page } from '@playwright/test';
import { DEMO_BEARER } from '../mocks/seed/fixtures';

/**
 * Waits until the page's demo backend answers. The page paints before it has started (its own
 * requests wait for it), so a test that calls the backend itself waits for this mark first.
 */
export async function waitForDemoBackend(page: Page): Promise<void> {
  await page.locator('html[data-demo-backend="ready"]').waitFor({ state: 'attached' });
}

/** Calls the demo backend's API from inside the page, as another client of it would. */
export async function callApi<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  await waitForDemoBackend(page);
  return page.evaluate(
    async ([verb, url, payload, bearer]) => {
      const response = await fetch(url, {
        method: verb,
        headers: {
          Authorization: `Bearer ${bearer}`,
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    [method, path, body, DEMO_BEARER] as const,
  ) as Promise<{ status: number; body: T }>;
}
