import { PORTS } from '../mocks/seed/fixtures';
import {
  addRecipients,
  chooseLimit,
  chooseLocation,
  copyTokens,
  create,
  expectInInventory,
  goToInventory,
  next,
  openWizard,
  readToken,
  selectorOf,
} from './create-helpers';
import { expect, test } from './fixtures';
import { expectNoA11yViolations } from './quality/axe';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a port owner creates an A-side token on a Dot1q port and copies it', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await openWizard(page);
  await page.getByRole('radio', { name: 'A-side Connection Service Token' }).check();
  await expect(page.getByRole('radio', { name: 'Port' })).toBeChecked();
  await chooseLocation(page, 'Silicon Valley (SV)');
  await page.getByRole('radio', { name: /SV5-CX-PRI-01$/ }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('1399');
  await next(page, 'Token details');

  await chooseLimit(page, '1 Gbps');
  await addRecipients(page, ['noc@customer.example', 'ops@customer.example']);
  await next(page, 'Review');
  await expect(page.getByRole('region', { name: 'Basic configuration' })).toContainText(
    'VLAN ID 1399',
  );

  await create(page);
  await expect(page.getByText('Sent to: noc@customer.example, ops@customer.example')).toBeVisible();
  const [uuid = ''] = await copyTokens(page);

  const token = await readToken(page, uuid);
  expect(token.state).toBe('INACTIVE');
  expect(token.connection?.bandwidthLimit).toBe(1000);
  expect(token.connection?.allowRemoteConnection).toBe(true);
  expect(selectorOf(token)).toMatchObject({
    type: 'COLO',
    port: { uuid: PORTS.SV_PRI_01 },
    linkProtocol: { type: 'DOT1Q', vlanTag: 1399 },
  });

  await goToInventory(page);
  await expectInInventory(page, uuid, ['A-side', /VLAN 1399/]);
});

test('a port owner creates a local-only A-side token on a QinQ port', async ({ page, demo }) => {
  await demo.open('/service-tokens/create/basic');
  await chooseLocation(page, 'Ashburn (DC)');
  await page.getByRole('radio', { name: /DC6-CX-PRI-01$/ }).check();
  await page.getByRole('textbox', { name: 'Outer Tag / S-tag' }).fill('710');
  await page.getByRole('textbox', { name: 'Inner Tag / C-tag' }).fill('71');
  await page.getByRole('checkbox', { name: 'Allow a remote connection to be created' }).uncheck();
  await next(page, 'Token details');
  await page.getByRole('button', { name: '30 days' }).click();
  await chooseLimit(page, '500 Mbps');
  await addRecipients(page, ['noc@customer.example']);
  await next(page, 'Review');
  await create(page);
  const [uuid = ''] = await copyTokens(page);

  const token = await readToken(page, uuid);
  expect(token.state).toBe('INACTIVE');
  expect(token.connection?.allowRemoteConnection).toBe(false);
  expect(selectorOf(token)).toMatchObject({
    type: 'COLO',
    port: { uuid: PORTS.DC_PRI_01 },
    linkProtocol: { type: 'QINQ', vlanSTag: 710, vlanCTag: 71 },
  });
  await goToInventory(page);
  await expectInInventory(page, uuid, ['A-side', /S-tag 710/, /C-tag 71\b/]);
});

test('a port owner adds a twelfth recipient and is told, beside Add, that it is the last', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/basic');
  await chooseLocation(page, 'Silicon Valley (SV)');
  await page.getByRole('radio', { name: /SV5-CX-PRI-01$/ }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('1412');
  await next(page, 'Token details');

  const add = page.getByRole('button', { name: 'Add', exact: true });
  const emails = Array.from({ length: 12 }, (_, n) => `noc${n + 1}@customer.example`);
  await addRecipients(page, emails.slice(0, 11));
  await expect(add).toBeEnabled();
  await page.getByRole('textbox', { name: 'Recipient email' }).fill(emails[11] ?? '');
  await add.click();
  await expect(page.getByRole('button', { name: /^noc12@customer.example/ })).toBeVisible();
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription('A token can have at most 12 recipients.');
  await expect(page.getByText('A token can have at most 12 recipients.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Recipient email' })).toBeFocused();
  await expectNoA11yViolations(page, 'wizard step 2 with twelve recipients');

  await page.getByRole('button', { name: /^noc1@customer.example/ }).press('Delete');
  await expect(add).toBeEnabled();
  await expect(page.getByText('A token can have at most 12 recipients.')).toHaveCount(0);
});
