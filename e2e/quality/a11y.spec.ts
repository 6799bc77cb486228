import type { Page } from '@playwright/test';
import { PORTS, TOKENS } from '../../mocks/seed/fixtures';
import { expect, test, type DemoBackend } from '../fixtures';
import { dataRows, settled } from '../inventory-helpers';
import { expectNoA11yViolations, overlays } from './axe';
import {
  dryRunAccepted,
  fillAsideDetails,
  fillAsidePort,
  nextButton,
  portName,
  stepHeading,
  uniqueName,
} from './quality-helpers';

/**
 * axe (WCAG 2.2 AA) on every route and every open state: menus, dialogs, each wizard step of each
 * asset type, error states, the demo controls; the main routes again in the dark scheme. An axe
 * pass over a full page takes seconds, so these tests get the slow budget.
 */
test.slow();

async function openInventory(page: Page, demo: DemoBackend, search = '') {
  await demo.open(`/service-tokens${search}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible();
}

test('the inventory, its menus and its empty states have no WCAG 2.2 AA violations', async ({
  page,
  demo,
}) => {
  await openInventory(page, demo);
  await settled(page);
  await expectNoA11yViolations(page, 'the inventory with data');

  await page.getByRole('button', { name: 'Service Tokens' }).click();
  await expect(page.getByRole('menuitem', { name: 'Create Service Token' })).toBeVisible();
  await expectNoA11yViolations(page, 'the Service Tokens menu, open', { within: overlays });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoA11yViolations(page, 'the column chooser, open', { within: overlays });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  await openInventory(page, demo, '?q=no-token-is-called-this');
  await expect(page.getByRole('heading', { name: 'No tokens match these filters' })).toBeVisible();
  await expectNoA11yViolations(page, 'the inventory, no token matching the filters');

  await openInventory(page, demo, '?page=999');
  await expect(page.getByRole('heading', { name: 'There is no page 999' })).toBeVisible();
  await expectNoA11yViolations(page, 'the inventory, past its last page');
});

test('the bulk actions, their confirmation and their results have no WCAG 2.2 AA violations', async ({
  page,
  demo,
}) => {
  await openInventory(page, demo, `?q=${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  await settled(page);
  await dataRows(page).first().getByRole('checkbox').check();
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bulk).toContainText('1 token selected');
  await expectNoA11yViolations(page, 'the inventory with a row selected');

  await bulk.getByRole('button', { name: 'Resend notifications' }).click();
  const confirm = page.getByRole('dialog', { name: 'Resend the notification for these tokens?' });
  await expect(confirm).toBeVisible();
  await expectNoA11yViolations(page, 'the bulk confirmation dialog', { within: overlays });
  await confirm.getByRole('button', { name: 'Resend 1 token' }).click();
  const results = page.getByRole('dialog', { name: 'Resend results' });
  await expect(results).toContainText('1 of 1 succeeded.');
  await expectNoA11yViolations(page, 'the bulk results dialog', { within: overlays });
});

const detailStates = [
  ['INACTIVE', TOKENS.ASIDE_DOT1Q_INACTIVE],
  ['ACTIVE', TOKENS.ACTIVE_ASIDE],
  ['EXPIRED', TOKENS.EXPIRED_ASIDE],
  ['DELETED', TOKENS.DELETED_ZSIDE],
  ['INACTIVE', TOKENS.ZSIDE_VD_INACTIVE],
  ['INACTIVE', TOKENS.ZSIDE_NETWORK_EVPLAN],
] as const;

test('token details in every state have no WCAG 2.2 AA violations', async ({ page, demo }) => {
  for (const [state, uuid] of detailStates) {
    await demo.open(`/service-tokens/${uuid}`);
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText(state);
    await expectNoA11yViolations(page, `token details, ${state} (${uuid})`);
  }
});

test('every dialog on the token details page has no WCAG 2.2 AA violations', async ({
  page,
  demo,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  const actions = page.getByRole('region', { name: 'Actions' });
  const buttons = [
    'Edit expiration',
    'Edit recipients',
    'Edit bandwidth',
    'Edit name and description',
    'Delete token',
  ];
  for (const button of buttons) {
    await actions.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectNoA11yViolations(page, `the "${button}" dialog`, { within: overlays });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }

  // A refused change keeps the dialog open with the server's error in it.
  await actions.getByRole('button', { name: 'Edit name and description' }).click();
  const rename = page.getByRole('dialog');
  await rename.getByRole('textbox', { name: 'Name' }).fill(uniqueName('renamed'));
  await demo.settings({
    failNext: { method: 'PATCH', pathPattern: '/fabric/v4/serviceTokens/*', status: 500 },
  });
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename.getByRole('alert')).toBeVisible();
  await expectNoA11yViolations(page, 'an edit dialog showing a server error', {
    within: overlays,
  });
});

test('each wizard step of an A-side port token, with its errors, has no WCAG 2.2 AA violations', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/basic');
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 1, empty');

  await nextButton(page, 'Token details').click();
  await expect(page.getByText('Select a location')).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 1 showing its errors');

  const name = await portName(page, PORTS.SV_PRI_01);
  // VLAN 300 is held by a seeded token: the server check refuses it next to the field.
  await fillAsidePort(page, { metro: 'Silicon Valley (SV)', name, vlan: '300' });
  await nextButton(page, 'Token details').click();
  await expect(page.getByRole('textbox', { name: 'VLAN ID' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoA11yViolations(page, 'wizard step 1, VLAN refused by the server');
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('1777');
  await nextButton(page, 'Token details').click();

  await expect(stepHeading(page, 'Token details')).toBeVisible();
  await nextButton(page, 'Review').click();
  await expect(page.getByText('Add at least one recipient')).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 2 showing its errors');
  await fillAsideDetails(page, {
    bandwidth: '1 Gbps',
    email: 'noc@customer.example',
    name: uniqueName('a11y'),
  });

  await nextButton(page, 'Review').click();
  await expect(dryRunAccepted(page)).toBeVisible();
  await expectNoA11yViolations(page, 'wizard review with the dry run accepted');
  await page.getByRole('button', { name: 'Terraform', exact: true }).click();
  await expectNoA11yViolations(page, 'wizard review, request shown as Terraform');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Discard this service token?' })).toBeVisible();
  await expectNoA11yViolations(page, 'the cancel-wizard confirmation', { within: overlays });
  await page.getByRole('button', { name: 'Keep editing' }).click();

  await page.getByRole('button', { name: 'Create Service Token' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'the Service Token Created page');
});

test('the wizard for QinQ ports, virtual devices (picked interface, redundant pair) and networks has no WCAG 2.2 AA violations', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/basic');
  await page.getByRole('radio', { name: 'Z-side Connection Service Token' }).check();
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ label: 'Ashburn (DC)' });
  await page.getByRole('radio', { name: await portName(page, PORTS.DC_PRI_01) }).check();
  await expect(page.getByRole('textbox', { name: 'Outer Tag / S-tag' })).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 1, Z-side QinQ port');

  await page.getByRole('radio', { name: 'Virtual Device' }).check();
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ value: 'SV' });
  await page.getByRole('radio', { name: 'sv-csr1000v-01' }).check();
  await page.getByRole('radio', { name: 'I will select an interface on my device' }).check();
  await expect(page.getByRole('group', { name: /^Interface on sv-csr1000v-01/ })).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 1, virtual device with the interface picker');

  await page.getByRole('radio', { name: 'Redundant Devices' }).check();
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ value: 'DC' });
  await page.getByRole('radio', { name: /dc-pa-vm-ha-pri/ }).check();
  await expectNoA11yViolations(page, 'wizard step 1, redundant virtual devices');
  await page
    .getByRole('radio', {
      name: 'Automatically select the next available interface on my device(s)',
    })
    .check();
  await nextButton(page, 'Token details').click();
  await expect(stepHeading(page, 'Token details')).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 2, Z-side (supported bandwidths)');
  await page.getByRole('button', { name: 'Back' }).click();

  await page.getByRole('radio', { name: 'Network' }).check();
  await expect(page.getByRole('radiogroup', { name: 'Network' })).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 1, network');
  await page.getByRole('radio', { name: 'evplan-global-backbone' }).check();
  await nextButton(page, 'Token details').click();
  await page.getByRole('checkbox', { name: '1 Gbps' }).check();
  const email = page.getByRole('textbox', { name: 'Recipient email' });
  await email.fill('noc@customer.example');
  await email.press('Enter');
  await nextButton(page, 'Review').click();
  await expect(dryRunAccepted(page)).toBeVisible();
  await expectNoA11yViolations(page, 'wizard review, Z-side network token');
});

test('the not-found page, the demo controls and the demo sign-in page have no WCAG 2.2 AA violations', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/no-such-route/at-all');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoA11yViolations(page, 'the not-found page');

  await page.getByRole('button', { name: 'Demo controls' }).click();
  await expect(page.getByRole('button', { name: 'Close demo controls' })).toBeVisible();
  await expectNoA11yViolations(page, 'the demo controls drawer', { within: overlays });
  await page.getByRole('button', { name: 'Close demo controls' }).click();

  // The next request after the session expired sends the user to sign in again.
  await demo.expireSession();
  await page.getByRole('button', { name: 'Service Tokens' }).click();
  await page.getByRole('menuitem', { name: 'Service Token Inventory' }).click();
  await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  await expectNoA11yViolations(page, 'the sign-in page (demo session expired)');
});

test('in the dark color scheme, the main routes have no WCAG 2.2 AA violations', async ({
  page,
  demo,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openInventory(page, demo);
  await settled(page);
  await expectNoA11yViolations(page, 'the inventory (dark)');
  await page.getByRole('button', { name: 'Demo controls' }).click();
  await expect(page.getByRole('button', { name: 'Close demo controls' })).toBeVisible();
  await expectNoA11yViolations(page, 'the demo controls drawer (dark)', { within: overlays });
  await page.getByRole('button', { name: 'Close demo controls' }).click();

  await demo.open(`/service-tokens/${TOKENS.EXPIRED_ASIDE}`);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('EXPIRED');
  await expectNoA11yViolations(page, 'token details, EXPIRED (dark)');

  await demo.open('/service-tokens/create/basic');
  await nextButton(page, 'Token details').click();
  await expect(page.getByText('Select a location')).toBeVisible();
  await expectNoA11yViolations(page, 'wizard step 1 with errors (dark)');
  const name = await portName(page, PORTS.SV_PRI_01);
  await fillAsidePort(page, { metro: 'Silicon Valley (SV)', name, vlan: '1778' });
  await nextButton(page, 'Token details').click();
  await fillAsideDetails(page, {
    bandwidth: '1 Gbps',
    email: 'noc@customer.example',
    name: uniqueName('dark'),
  });
  await nextButton(page, 'Review').click();
  await expect(dryRunAccepted(page)).toBeVisible();
  await expectNoA11yViolations(page, 'wizard review (dark)');
});

test('on a phone, the token cards and the filters drawer have no WCAG 2.2 AA violations, in both color schemes', async ({
  page,
  demo,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openInventory(page, demo, '?q=Z-DOT1Q');
    await settled(page);
    await expect(
      page.getByRole('list', { name: 'Service Token Inventory' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expectNoA11yViolations(page, `the inventory as cards (${colorScheme})`);

    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    await expectNoA11yViolations(page, `the filters drawer (${colorScheme})`, { within: overlays });
    await page.getByRole('button', { name: 'Close filters' }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeHidden();
  }
});
