import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { dataRows, settled } from '../inventory-helpers';
import { dryRunAccepted, stepHeading, tokensNamed, uniqueName } from './quality-helpers';

/**
 * The whole life of a token with the keyboard alone: Tab, Shift+Tab, Enter, Space and the arrow
 * keys; no click anywhere. `tabTo` presses Tab (or Shift+Tab) until the wanted control has focus,
 * which is what a keyboard user does, and fails when it never gets there (unreachable control).
 */
const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement).catch(() => false);

async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${backwards ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

/**
 * Inside a group with one tab stop (MUI's ToggleButtonGroup), the arrow keys move focus: presses
 * ArrowRight until the wanted button has it.
 */
async function arrowTo(page: Page, target: Locator, { max = 10 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('ArrowRight');
  }
  await expect(target, 'reachable with the arrow keys').toBeFocused();
}

/** In a focused (native) select, arrows down until the option is the chosen one. */
async function pickOption(page: Page, select: Locator, label: string) {
  const chosen = select.locator('option:checked');
  await expect(select).toBeFocused();
  for (let presses = 0; presses < 30; presses++) {
    if ((await chosen.textContent()) === label) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(chosen).toHaveText(label);
}

test('a keyboard user creates a token, finds it, opens it, extends it and deletes it', async ({
  page,
  demo,
}) => {
  test.slow();
  const name = uniqueName('keyboard');
  await demo.open('/service-tokens');
  await settled(page);

  // The Service Tokens menu → Create Service Token.
  await tabTo(page, page.getByRole('button', { name: 'Service Tokens' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Create Service Token' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Step 1: A-side (the default), a Dot1q port in Silicon Valley, a free VLAN.
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'A-side Connection Service Token' }));
  await expect(page.getByRole('radio', { name: 'A-side Connection Service Token' })).toBeChecked();
  const location = page.getByRole('combobox', { name: 'Location' });
  await tabTo(page, location);
  await pickOption(page, location, 'Silicon Valley (SV)');
  const ports = page.getByRole('radiogroup', { name: 'Port' }).getByRole('radio');
  await tabTo(page, ports.first());
  await page.keyboard.press('Space');
  await expect(ports.first()).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: 'VLAN ID' }));
  await page.keyboard.type('1901');
  await page.keyboard.press('Enter');

  // Step 2: 30 days, 1 Gbps, one recipient, the name; Enter in a text field goes on.
  await expect(stepHeading(page, 'Token details')).toBeFocused();
  // The quick picks are one tab stop; the arrow keys move between them.
  const quickPicks = page.getByRole('group', { name: 'Expire in' });
  await tabTo(page, quickPicks.locator('button[tabindex="0"]'));
  await arrowTo(page, quickPicks.getByRole('button', { name: '30 days' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '30 days' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const limit = page.getByRole('combobox', { name: 'Connection bandwidth limit' });
  await tabTo(page, limit);
  await pickOption(page, limit, '1 Gbps');
  await tabTo(page, page.getByRole('textbox', { name: 'Recipient email' }));
  await page.keyboard.type('noc@customer.example');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^noc@customer\.example/ })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: 'Name' }));
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');

  // Review: the dry run passes, then Create.
  await expect(stepHeading(page, 'Review')).toBeFocused();
  await expect(dryRunAccepted(page)).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Create Service Token' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeFocused();
  const [created] = await tokensNamed(page, name);
  expect(created?.state).toBe('INACTIVE');

  // Find it in the inventory by name and open it.
  await tabTo(page, page.getByRole('link', { name: 'View the inventory' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search by name or token' }));
  await page.keyboard.type(name);
  await expect(dataRows(page)).toHaveCount(1);
  await settled(page);
  await tabTo(page, dataRows(page).getByRole('link', { name }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Extend it from 30 to 90 days.
  await tabTo(page, page.getByRole('button', { name: 'Edit expiration' }));
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit expiration' });
  await expect(editor).toBeVisible();
  await tabTo(page, editor.getByRole('button', { name: '90 days' }));
  await page.keyboard.press('Enter');
  await tabTo(page, editor.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(page.getByText('Expiration updated')).toBeVisible();
  const [extended] = await tokensNamed(page, name);
  const daysLater = (iso?: string) => (Date.parse(iso ?? '') - Date.now()) / 86_400_000;
  expect(daysLater(created?.expirationDateTime)).toBeLessThan(31);
  expect(daysLater(extended?.expirationDateTime)).toBeGreaterThan(89);

  // Delete it.
  await tabTo(page, page.getByRole('button', { name: 'Delete token' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete Service Token' });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: 'Delete Service Token' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('DELETED');
  expect((await tokensNamed(page, name)).map((token) => token.state)).toEqual(['DELETED']);
});
