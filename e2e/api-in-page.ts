import type { Page } from '@playwright/test';
import { DEMO_BEARER } from '../mocks/seed/fixtures';

/**
 * Calls the demo backend's API from inside the page, as another client of it would. The app
 * renders only once the demo backend answers, so its <main> says the page can be asked.
 */
export async function callApi<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  await page.getByRole('main').waitFor();
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
