import type { Page } from '@playwright/test';
import { PORTS } from '../../mocks/seed/fixtures';
import { expect, test, type DemoBackend } from '../fixtures';
import { settled } from '../inventory-helpers';
import {
  createButton,
  dryRunAccepted,
  portName,
  reachReview,
  stepHeading,
  tokensNamed,
  uniqueName,
} from './quality-helpers';

/**
 * Answers a real API may give that the portal must survive: a 200 of another shape, a create
 * answered without a token id, an API that never answers. Whatever happens: a clear message
 * naming what failed, a way to retry, the rest of the page working, nothing typed lost.
 */

test('a token search answered with the wrong shape says so in the table, with Retry, and the rest of the page keeps working', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await settled(page);
  await demo.settings({
    failNext: {
      method: 'POST',
      pathPattern: '/fabric/v4/serviceTokens/search',
      status: 200,
      answer: { data: 'not-an-array' },
    },
  });
  const deleted = page.getByRole('checkbox', { name: 'Deleted (DELETED)' });
  await deleted.click();

  const alert = page.getByRole('alert').filter({ hasText: 'The tokens could not be loaded' });
  await expect(alert).toContainText(
    'The portal could not read the answer to Search service tokens: data is a string, not a list.',
  );
  await expect(alert).toContainText('HTTP 200');
  // The heading, the overview and the filters are still there and still answer.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(deleted).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Expiring within' })).toBeEnabled();

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeHidden();
  await settled(page);
  await expect(page.getByRole('table', { name: 'Service Token Inventory' })).toBeVisible();
});

async function startAtReview(page: Page, demo: DemoBackend, name: string, vlan: string) {
  await demo.open('/service-tokens/create/basic');
  await reachReview(page, {
    metro: 'Silicon Valley (SV)',
    port: await portName(page, PORTS.SV_PRI_01),
    vlan,
    name,
  });
}

test('a create answered 201 without a token id keeps the review and its values, says what came back, and Retry checks before creating', async ({
  page,
  demo,
}) => {
  const name = uniqueName('no-uuid');
  await startAtReview(page, demo, name, '2131');
  // Set after the dry run: the dry run posts to the same path.
  await demo.settings({
    failNext: {
      method: 'POST',
      pathPattern: '/fabric/v4/serviceTokens',
      status: 201,
      answer: { type: 'VC_TOKEN', state: 'INACTIVE', description: 'echoed-value-7' },
    },
  });
  await createButton(page).click();

  const alert = page.getByRole('alert').filter({ hasText: 'its answer held no token' });
  await expect(alert).toContainText(
    'The portal could not read the answer to Create a service token: uuid is missing; it has type, state, description.',
  );
  await expect(alert).toContainText('HTTP 201');
  await expect(alert).not.toContainText('echoed-value-7');
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page).toHaveURL(/\/create\/review$/);
  await expect(page.getByRole('main')).toContainText(name);
  await expect(page.getByRole('main')).toContainText('2131');
  expect(await tokensNamed(page, name), 'nothing created by the answer without id').toHaveLength(0);

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(dryRunAccepted(page)).toBeVisible();
  await createButton(page).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeVisible();
  expect(await tokensNamed(page, name)).toHaveLength(1);
});

test('a device list that never comes says "still waiting" after 5 s and fails with Retry within 15 s', async ({
  page,
  demo,
}) => {
  test.setTimeout(60_000);
  await demo.open('/service-tokens/create/basic');
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await demo.settings({
    failNext: { method: 'GET', pathPattern: '/ne/v1/devices', status: 0, hang: true },
  });
  const started = Date.now();
  await page.getByRole('radio', { name: 'Z-side Connection Service Token' }).check();
  await page.getByRole('radio', { name: 'Virtual Device' }).check();

  const status = page.getByRole('status').filter({ hasText: 'Loading virtual devices' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('Still waiting for the service to answer.', {
    timeout: 8_000,
  });
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('did not answer within 12 s', {
    timeout: 15_000 - (Date.now() - started),
  });
  expect(Date.now() - started).toBeLessThan(15_000);

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('combobox', { name: 'Location' })).toBeVisible();
});
