import { PORTS } from '../../mocks/seed/fixtures';
import { expect, test } from '../fixtures';
import {
  createButton,
  dryRunAccepted,
  fillAsidePort,
  nextButton,
  portName,
  reachReview,
  stepHeading,
  tokensNamed,
  uniqueName,
} from './quality-helpers';

/**
 * The session expires in the middle of the wizard (the API answers 401): the user signs in again
 * and comes back to the same step with everything typed, and the token is then created once.
 */

test('a 401 on Next sends the user to sign in, then back to the same step with the draft intact', async ({
  page,
  demo,
}) => {
  const name = uniqueName('401-next');
  await demo.open('/service-tokens/create/basic');
  const port = await portName(page, PORTS.SV_PRI_01);
  await fillAsidePort(page, { metro: 'Silicon Valley (SV)', name: port, vlan: '2201' });

  await demo.expireSession();
  await nextButton(page, 'Token details').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your demo session has expired' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await page.getByRole('button', { name: 'Sign in again' }).click();

  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'A-side Connection Service Token' })).toBeChecked();
  await expect(
    page.getByRole('combobox', { name: 'Location' }).locator('option:checked'),
  ).toContainText('Silicon Valley');
  await expect(page.getByRole('radio', { name: port })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'VLAN ID' })).toHaveValue('2201');

  await nextButton(page, 'Token details').click();
  await expect(stepHeading(page, 'Token details')).toBeVisible();
  expect(await tokensNamed(page, name)).toHaveLength(0);
});

test('a 401 on Create sends the user to sign in, then back to the review with the draft intact, and Create makes one token', async ({
  page,
  demo,
}) => {
  const name = uniqueName('401-create');
  await demo.open('/service-tokens/create/basic');
  await reachReview(page, {
    metro: 'Silicon Valley (SV)',
    port: await portName(page, PORTS.SV_PRI_01),
    vlan: '2202',
    name,
  });

  await demo.expireSession();
  await createButton(page).click();
  await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in again' }).click();

  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(name);
  await expect(page.getByRole('main')).toContainText('2202');
  await expect(dryRunAccepted(page)).toBeVisible();
  expect(await tokensNamed(page, name), 'the refused create made nothing').toHaveLength(0);

  await createButton(page).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeVisible();
  const tokens = await tokensNamed(page, name);
  expect(tokens).toHaveLength(1);
  await expect(page.getByRole('region', { name: 'Your service token' })).toContainText(
    tokens[0]?.uuid ?? 'a uuid',
  );
});
