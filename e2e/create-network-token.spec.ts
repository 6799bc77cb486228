import { NETWORKS } from '../mocks/seed/fixtures';
import {
  copyTokens,
  expectInInventory,
  goToInventory,
  readToken,
  selectorOf,
  stepHeading,
  tokensNamed,
} from './create-helpers';
import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a network owner issues a Z-side network token with the keyboard alone', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/basic');
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();

  // Step 1: arrows move through each radio group; buttons are pressed with Enter.
  await page.getByRole('radio', { name: 'A-side Connection Service Token' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Z-side Connection Service Token' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Network' })).toBeChecked();
  await page.getByRole('radio', { name: 'eplan-amer-regional' }).press('Space');
  await expect(page.getByRole('radio', { name: 'evplan-retired' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next: Token details' }).press('Enter');
  await expect(stepHeading(page, 'Token details')).toBeFocused();

  // Step 2.
  await page.getByRole('button', { name: '60 days' }).press('Enter');
  await page.getByRole('checkbox', { name: '10 Gbps', exact: true }).press('Space');
  await page.getByRole('checkbox', { name: '50 Gbps', exact: true }).press('Space');
  const email = page.getByRole('textbox', { name: 'Recipient email' });
  await email.pressSequentially('lan@customer.example');
  await email.press('Enter');
  await expect(page.getByRole('button', { name: /^lan@customer.example/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).pressSequentially('EPLAN for customer');
  await page.getByRole('button', { name: 'Next: Review' }).press('Enter');
  await expect(stepHeading(page, 'Review')).toBeFocused();

  // Review: Enter twice on Create still makes one token.
  await expect(page.getByText(/The server accepted this request/)).toBeVisible();
  await page.getByRole('button', { name: 'Create Service Token' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeFocused();
  const [uuid = ''] = await copyTokens(page);

  const token = await readToken(page, uuid);
  expect(token.state).toBe('INACTIVE');
  expect(token.connection?.supportedBandwidths).toEqual([10000, 50000]);
  expect(selectorOf(token)).toMatchObject({
    type: 'NETWORK',
    network: { uuid: NETWORKS.EPLAN_AMER, type: 'EPLAN' },
  });
  expect(await tokensNamed(page, 'EPLAN for customer')).toHaveLength(1);

  await goToInventory(page);
  await expectInInventory(page, uuid, ['Z-side', 'eplan-amer-regional']);
});
