import type { BrowserContext } from '@playwright/test';
import { TOKENS } from '../../mocks/seed/fixtures';
import { expect, test } from '../fixtures';
import { dataRows, settled } from '../inventory-helpers';
import { uniqueName } from './quality-helpers';

const browserNetworkLog =
  /^Failed to load resource: the server responded with a status of [45]\d\d/;

/** The second tab is held to the same bar as the first: no console error, no page error. */
async function secondTab(context: BrowserContext, consoleErrors: string[]) {
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() !== 'error' || browserNetworkLog.test(message.text())) return;
    consoleErrors.push(`tab B: ${message.text()}`);
  });
  tab.on('pageerror', (error) => consoleErrors.push(`tab B page error: ${error.message}`));
  return tab;
}

/**
 * Two tabs on the same token: tab A deletes it while tab B still shows it as it was. Tab B's next
 * action fails with a clear message, and tab B then shows the token as the server has it.
 */
test('when another tab deletes the token shown here, the next action says so and the page shows DELETED', async ({
  page: tabA,
  demo,
  context,
  consoleErrors,
}) => {
  const token = TOKENS.ASIDE_DOT1Q_INACTIVE;
  await demo.open(`/service-tokens/${token}`);
  const tabB = await secondTab(context, consoleErrors);
  // No reset in tab B: both tabs share the demo backend's stored data.
  await tabB.goto(`/service-tokens/${token}`);
  const summaryB = tabB.getByRole('region', { name: 'Summary' });
  await expect(summaryB).toContainText('INACTIVE');

  await tabA
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Delete token' })
    .click();
  await tabA
    .getByRole('dialog', { name: 'Delete Service Token' })
    .getByRole('button', { name: 'Delete Service Token' })
    .click();
  await expect(tabA.getByRole('region', { name: 'Summary' })).toContainText('DELETED');

  // Tab B has not heard of it yet, and acts on what it shows.
  await expect(summaryB).toContainText('INACTIVE');
  await tabB
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Edit name and description' })
    .click();
  const editor = tabB.getByRole('dialog');
  await editor.getByRole('textbox', { name: 'Name' }).fill(uniqueName('too-late'));
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText(/DELETED|deleted/);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // After the refusal the page shows what the server has, and offers nothing it would refuse.
  await expect(summaryB).toContainText('DELETED');
  await expect(
    tabB.getByRole('region', { name: 'Actions' }).getByRole('button', { name: 'Delete token' }),
  ).toBeDisabled();

  // Tab B's inventory agrees too.
  await tabB.goto(`/service-tokens?q=${token}`);
  await settled(tabB);
  await expect(dataRows(tabB).first()).toContainText('DELETED');
});

test('when another tab deletes the token shown here, deleting it here too says it is already deleted', async ({
  page: tabA,
  demo,
  context,
  consoleErrors,
}) => {
  const token = TOKENS.ZSIDE_PORT_INACTIVE;
  await demo.open(`/service-tokens/${token}`);
  const tabB = await secondTab(context, consoleErrors);
  await tabB.goto(`/service-tokens/${token}`);
  await expect(tabB.getByRole('region', { name: 'Summary' })).toContainText('INACTIVE');

  for (const tab of [tabA, tabB]) {
    await tab
      .getByRole('region', { name: 'Actions' })
      .getByRole('button', { name: 'Delete token' })
      .click();
  }
  await tabA
    .getByRole('dialog', { name: 'Delete Service Token' })
    .getByRole('button', { name: 'Delete Service Token' })
    .click();
  await expect(tabA.getByRole('region', { name: 'Summary' })).toContainText('DELETED');

  const confirmB = tabB.getByRole('dialog', { name: 'Delete Service Token' });
  await confirmB.getByRole('button', { name: 'Delete Service Token' }).click();
  // The server refuses: the dialog says the token is already deleted; closed, the page agrees.
  await expect(confirmB.getByRole('alert')).toContainText(/deleted/i);
  await confirmB.getByRole('button', { name: 'Cancel' }).click();
  await expect(tabB.getByRole('region', { name: 'Summary' })).toContainText('DELETED');
});
