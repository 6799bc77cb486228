import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { ClockRequest, DemoSettingsRequest } from '../mocks/controls';
import { waitForDemoBackend } from './api-in-page';

/** Talks to the demo backend's control endpoints from inside the page (MSW answers them there). */
export class DemoBackend {
  constructor(private readonly page: Page) {}

  private async post(path: string, body: unknown) {
    await waitForDemoBackend(this.page);
    return this.page.evaluate(
      async ([url, payload]) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(payload),
        });
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.json();
      },
      [path, body] as const,
    );
  }

  /** Opens the portal at `path` on a freshly reset demo backend. */
  async open(path = '/service-tokens', options: { seed?: 1000 | 10000 | 100000 } = {}) {
    const params = new URLSearchParams({ demoReset: '1' });
    if (options.seed) params.set('demoSeed', String(options.seed));
    const separator = path.includes('?') ? '&' : '?';
    await this.page.goto(`${path}${separator}${params.toString()}`);
    await waitForDemoBackend(this.page);
  }

  settings(settings: DemoSettingsRequest) {
    return this.post('/__demo/settings', settings);
  }

  advanceClock(by: ClockRequest) {
    return this.post('/__demo/clock', by);
  }

  expireSession() {
    return this.post('/__demo/session/expire', {});
  }
}

const browserNetworkLog =
  /^Failed to load resource: the server responded with a status of [45]\d\d/;

interface Fixtures {
  demo: DemoBackend;
  consoleErrors: string[];
  cspViolations: string[];
}

/**
 * Every end-to-end test fails when the page logs an error or throws, so a test cannot pass
 * while the console shows problems. A test that expects an error (a failed request on purpose)
 * can remove its entries from `consoleErrors`.
 */
export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      // Chromium logs every 4xx/5xx answer; the API refusing bad input is the product working.
      // Anything the page itself logs as an error still fails the test.
      if (message.type() !== 'error' || browserNetworkLog.test(message.text())) return;
      errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await use(errors);
    expect(errors, 'the browser console should stay clean').toEqual([]);
  },
  // Every test, whatever fixtures it uses, fails when the page breaks the Content-Security-Policy
  // (docs/decisions/005-performance-budgets.md). A binding, unlike a window global, survives
  // navigations, so a violation on an earlier page is still counted.
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding('__reportCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (v: string) => void })
            .__reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await use(violations);
      expect(violations, 'the page should break no Content-Security-Policy rule').toEqual([]);
    },
    { auto: true },
  ],
  demo: async ({ page, consoleErrors: _ }, use) => {
    await use(new DemoBackend(page));
  },
});

export { expect };

/**
 * Chooses an option of one of MUI's selects with the mouse, as a person does, and waits until the
 * select shows it. MUI's menu grows open under the pointer; on a busy machine a click can land
 * while it still moves and be lost, so the menu is opened and the option clicked again until the
 * choice has been taken.
 */
export async function chooseOption(page: Page, select: Locator, name: string) {
  await expect(async () => {
    if (!(await page.getByRole('listbox').isVisible())) await select.click();
    await page.getByRole('option', { name, exact: true }).click({ timeout: 2_000 });
    await expect(select).toHaveText(name, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('listbox')).toBeHidden();
}
