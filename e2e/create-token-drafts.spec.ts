import { chooseLimit, chooseLocation, chosenOption, next, stepHeading } from './create-helpers';
import { expect, test } from './fixtures';

test('a half-made token survives a reload and a sign-in, and Cancel asks before clearing it', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/basic');
  await chooseLocation(page, 'Silicon Valley (SV)');
  await page.getByRole('radio', { name: /SV5-CX-PRI-01$/ }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('1600');
  await next(page, 'Token details');
  await chooseLimit(page, '500 Mbps');
  await page.getByRole('textbox', { name: 'Name' }).fill('Half made');

  await page.reload();
  await expect(stepHeading(page, 'Token details')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half made');
  await expect(chosenOption(page, 'Connection bandwidth limit')).toHaveText('500 Mbps');

  // The session ends; the next request sends the user to sign in, then back to this step.
  await demo.expireSession();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'VLAN ID' })).toHaveValue('1600');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page).toHaveURL(/\/service-tokens$/);
  await page.goto('/service-tokens/create/details');
  // Nothing is left: the wizard starts over at the first step.
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(page).toHaveURL(/\/create\/basic$/);
});

test('an unknown wizard step is a missing page', async ({ page, demo }) => {
  await demo.open('/service-tokens/create/shipping');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
