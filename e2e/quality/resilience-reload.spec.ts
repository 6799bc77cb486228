import { PORTS } from '../../mocks/seed/fixtures';
import { expect, test } from '../fixtures';
import {
  createButton,
  dryRunAccepted,
  fillAsideDetails,
  fillAsidePort,
  nextButton,
  portName,
  stepHeading,
  tokensNamed,
  uniqueName,
} from './quality-helpers';

/** A reload on each step of the wizard keeps the step and every value; after Created, the token. */
test('a reload on each wizard step keeps the step and everything typed, and never creates twice', async ({
  page,
  demo,
}) => {
  const name = uniqueName('reload');
  await demo.open('/service-tokens/create/basic');
  const port = await portName(page, PORTS.SV_PRI_01);

  await fillAsidePort(page, { metro: 'Silicon Valley (SV)', name: port, vlan: '2301' });
  await page.reload();
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Location' }).locator('option:checked'),
  ).toContainText('Silicon Valley');
  await expect(page.getByRole('radio', { name: port })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'VLAN ID' })).toHaveValue('2301');

  await nextButton(page, 'Token details').click();
  await fillAsideDetails(page, { bandwidth: '1 Gbps', email: 'noc@customer.example', name });
  await page.getByRole('textbox', { name: 'Description' }).fill('typed just before the reload');
  await page.reload();
  await expect(stepHeading(page, 'Token details')).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Connection bandwidth limit' }).locator('option:checked'),
  ).toHaveText('1 Gbps');
  await expect(page.getByRole('button', { name: /^noc@customer\.example/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'typed just before the reload',
  );

  await nextButton(page, 'Review').click();
  await expect(dryRunAccepted(page)).toBeVisible();
  await page.reload();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(name);
  await expect(page.getByRole('main')).toContainText('2301');
  await expect(dryRunAccepted(page)).toBeVisible();

  await createButton(page).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeVisible();
  const [token] = await tokensNamed(page, name);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeVisible();
  const card = page.getByRole('region', { name: 'Your service token' });
  await expect(card).toContainText(token?.uuid ?? 'a uuid');
  await expect(card).toContainText(name);
  expect(await tokensNamed(page, name), 'the reload created nothing more').toHaveLength(1);

  // The draft was spent by the create: a new wizard starts empty.
  await page.getByRole('link', { name: 'Create another token' }).click();
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Location' })).toHaveValue('');
});

test('a reload on a later step whose earlier steps are incomplete goes back to the first incomplete step', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/review');
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(page).toHaveURL(/\/service-tokens\/create\/basic$/);
});
