import type { Page } from '@playwright/test';
import { DEVICES } from '../mocks/seed/fixtures';
import {
  addRecipients,
  chooseLocation,
  chooseSpeeds,
  copyTokens,
  create,
  createdField,
  expectInInventory,
  goToInventory,
  inventoryCell,
  next,
  openWizard,
  readToken,
  selectorOf,
} from './create-helpers';
import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function startDeviceToken(page: Page, location: string) {
  await openWizard(page);
  await page.getByRole('radio', { name: 'Z-side Connection Service Token' }).check();
  await page.getByRole('radio', { name: 'Virtual Device' }).check();
  await chooseLocation(page, location);
}

async function finishDetails(page: Page) {
  await next(page, 'Token details');
  // Virtual device tokens stop at 10 Gbps.
  await expect(page.getByRole('checkbox', { name: '10 Gbps', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '25 Gbps', exact: true })).toHaveCount(0);
  await chooseSpeeds(page, ['500 Mbps', '1 Gbps']);
  await addRecipients(page, ['edge@customer.example']);
  await next(page, 'Review');
  await create(page);
}

test('a device owner creates a Z-side token on the next available interface', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await startDeviceToken(page, 'Silicon Valley (SV)');
  await page.getByRole('radio', { name: 'sv-csr1000v-01' }).check();
  await expect(
    page.getByRole('radio', {
      name: 'Automatically select the next available interface on my device(s)',
    }),
  ).toBeChecked();
  await finishDetails(page);
  const [uuid = ''] = await copyTokens(page);
  // The token names only its device; the page says where the device sits.
  await expect(createdField(page, uuid, 'Location')).toHaveText('SV');

  const token = await readToken(page, uuid);
  expect(token.state).toBe('INACTIVE');
  const selector = selectorOf(token);
  expect(selector).toMatchObject({ type: 'VD', virtualDevice: { uuid: DEVICES.SV_CSR_01 } });
  // The server chose the interface and says which.
  const interfaceId = selector?.interface?.id;
  expect(interfaceId).toEqual(expect.any(Number));
  await goToInventory(page);
  await expectInInventory(page, uuid, [
    'Z-side',
    'sv-csr1000v-01',
    new RegExp(`^Interface ${interfaceId}$`),
  ]);
  await expect(await inventoryCell(page, uuid, 'Location')).toHaveText('SV');
});

test('a device owner creates a Z-side token on the interface they choose', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await startDeviceToken(page, 'Amsterdam (AM)');
  await page.getByRole('radio', { name: 'am-fortigate-01' }).check();
  await page.getByRole('radio', { name: 'I will select an interface on my device' }).check();
  const picker = page.getByRole('radiogroup', { name: 'Interface on am-fortigate-01' });
  await expect(picker.getByRole('radio', { name: /^Interface 1\b/ })).toBeDisabled();
  const free = picker.getByRole('radio', { disabled: false }).last();
  const label = (await free.getAttribute('value')) ?? '';
  await free.check();
  await finishDetails(page);
  const [uuid = ''] = await copyTokens(page);

  const token = await readToken(page, uuid);
  expect(selectorOf(token)).toMatchObject({
    type: 'VD',
    virtualDevice: { uuid: DEVICES.AM_FG_01 },
    interface: { id: Number(label) },
  });
  await goToInventory(page);
  await expectInInventory(page, uuid, ['am-fortigate-01', new RegExp(`^Interface ${label}$`)]);
});

test('a device owner creates the two tokens of a redundant pair and copies both', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await startDeviceToken(page, 'Sydney (SY)');
  await page.getByRole('radio', { name: 'Redundant Devices' }).check();
  await page.getByRole('radio', { name: 'sy-vsrx-ha-pri + sy-vsrx-ha-sec' }).check();
  await finishDetails(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Tokens Created' }),
  ).toBeVisible();
  const [primary = '', secondary = ''] = await copyTokens(page);
  expect(primary).not.toBe(secondary);
  for (const uuid of [primary, secondary]) {
    await expect(createdField(page, uuid, 'Location')).toHaveText('SY');
  }

  const devices = await Promise.all(
    [primary, secondary].map(async (uuid) => {
      const token = await readToken(page, uuid);
      expect(token.state).toBe('INACTIVE');
      return selectorOf(token)?.virtualDevice?.uuid;
    }),
  );
  expect(devices).toEqual([DEVICES.SY_HA_PRI, DEVICES.SY_HA_SEC]);
  await goToInventory(page);
  await expectInInventory(page, primary, ['sy-vsrx-ha-pri']);
  await expectInInventory(page, secondary, ['sy-vsrx-ha-sec']);
  await expect(await inventoryCell(page, secondary, 'Location')).toHaveText('SY');
});
