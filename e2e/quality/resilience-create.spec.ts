import type { Page } from '@playwright/test';
import { PORTS } from '../../mocks/seed/fixtures';
import { expect, test, type DemoBackend } from '../fixtures';
import { expectNoA11yViolations } from './axe';
import {
  createButton,
  dryRunAccepted,
  nextButton,
  portName,
  reachReview,
  stepHeading,
  tokensNamed,
  uniqueName,
} from './quality-helpers';

/**
 * Creating a token when the network or the server misbehaves: slow, a 500, offline, a double
 * click. Whatever happens: at most one token, nothing typed is lost, a clear message with a way to
 * retry, and the screen agrees with the server afterwards.
 */

async function startAtReview(page: Page, demo: DemoBackend, name: string, vlan: string) {
  await demo.open('/service-tokens/create/basic');
  await reachReview(page, {
    metro: 'Silicon Valley (SV)',
    port: await portName(page, PORTS.SV_PRI_01),
    vlan,
    name,
  });
}

/** The Created page shows the one token the server has under this name. */
async function expectCreatedOnce(page: Page, name: string) {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeVisible();
  const tokens = await tokensNamed(page, name);
  expect(tokens, 'tokens with this name on the server').toHaveLength(1);
  const [token] = tokens;
  await expect(page.getByRole('region', { name: 'Your service token' })).toContainText(
    token?.uuid ?? 'a uuid',
  );
  await expect(page.getByRole('region', { name: 'Your service token' })).toContainText(name);
}

/** The review still holds every value typed, and nothing was created. */
async function expectDraftKept(page: Page, name: string, vlan: string) {
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(name);
  await expect(page.getByRole('main')).toContainText(vlan);
  expect(await tokensNamed(page, name), 'no token yet').toHaveLength(0);
}

/** Chromium's own line for a request that got no answer (the demo backend's offline mode). */
function dropNetworkFailures(consoleErrors: string[]) {
  for (const line of consoleErrors.filter((text) => text.includes('net::ERR_FAILED'))) {
    consoleErrors.splice(consoleErrors.indexOf(line), 1);
  }
}

test('on a slow network (3 s per request) the wizard shows progress, Create cannot be pressed twice, and one token is created', async ({
  page,
  demo,
}) => {
  test.slow();
  const name = uniqueName('slow');
  await startAtReview(page, demo, name, '2101');
  await demo.settings({ latency: 'slow' });

  // A fresh check takes 3 s: it says so, and Create waits for it.
  await page.getByRole('button', { name: 'Validate again' }).click();
  await expect(page.getByText('Checking the request with the server…')).toBeVisible();
  await expect(createButton(page)).toBeDisabled();
  await expect(dryRunAccepted(page)).toBeVisible({ timeout: 15_000 });

  await createButton(page).click();
  await expect(page.getByRole('button', { name: 'Creating…' })).toBeDisabled();
  await page.getByRole('button', { name: 'Creating…' }).click({ force: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Service Token Created' })).toBeVisible({
    timeout: 15_000,
  });
  await demo.settings({ latency: 'none' });
  await expectCreatedOnce(page, name);
});

test('a 500 on create says what failed with its code and correlation id, keeps the values, and Retry creates exactly one token', async ({
  page,
  demo,
}) => {
  const name = uniqueName('500');
  await startAtReview(page, demo, name, '2102');
  // Set after the dry run: the dry run posts to the same path and would take the failure.
  await demo.settings({
    failNext: { method: 'POST', pathPattern: '/fabric/v4/serviceTokens', status: 500 },
  });
  await createButton(page).click();

  const alert = page.getByRole('alert').filter({ hasText: 'The service token was not created' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/Error code EQ-\d{7}/);
  await expect(alert).toContainText('HTTP 500');
  await expect(alert).toContainText(/Correlation id \S+/);
  await expectDraftKept(page, name, '2102');
  await expectNoA11yViolations(page, 'the review after a failed create');

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectCreatedOnce(page, name);
});

test('going offline during create says the service could not be reached, keeps the values, and Retry creates exactly one token', async ({
  page,
  demo,
  consoleErrors,
}) => {
  const name = uniqueName('offline');
  await startAtReview(page, demo, name, '2103');
  await demo.settings({ offline: true });
  await createButton(page).click();

  const alert = page.getByRole('alert').filter({ hasText: 'The service token was not created' });
  await expect(alert).toContainText('could not be reached');
  await demo.settings({ offline: false });
  await expectDraftKept(page, name, '2103');

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectCreatedOnce(page, name);
  dropNetworkFailures(consoleErrors);
});

test('a double click on Create, or Enter pressed again and again, creates exactly one token', async ({
  page,
  demo,
}) => {
  const name = uniqueName('double');
  await startAtReview(page, demo, name, '2104');
  // Each answer takes 100-400 ms, so the second click lands while the first create is in flight.
  await demo.settings({ latency: 'realistic' });
  await createButton(page).dblclick();
  await expectCreatedOnce(page, name);

  const again = uniqueName('enter');
  await page.getByRole('link', { name: 'Create another token' }).click();
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await demo.settings({ latency: 'none' });
  await reachReview(page, {
    metro: 'Silicon Valley (SV)',
    port: await portName(page, PORTS.SV_PRI_01),
    vlan: '2105',
    name: again,
  });
  await demo.settings({ latency: 'realistic' });
  await createButton(page).focus();
  for (let presses = 0; presses < 4; presses++) await page.keyboard.press('Enter');
  await expectCreatedOnce(page, again);
});

test('Next on a slow network shows that the asset is being checked and cannot be pressed twice', async ({
  page,
  demo,
}) => {
  test.slow();
  await demo.open('/service-tokens/create/basic');
  await page
    .getByRole('combobox', { name: 'Location' })
    .selectOption({ label: 'Silicon Valley (SV)' });
  await page.getByRole('radio', { name: await portName(page, PORTS.SV_PRI_01) }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('2106');
  await demo.settings({ latency: 'slow' });
  await nextButton(page, 'Token details').click();
  await expect(page.getByRole('button', { name: 'Checking…' })).toBeDisabled();
  await expect(stepHeading(page, 'Token details')).toBeVisible({ timeout: 15_000 });
});
