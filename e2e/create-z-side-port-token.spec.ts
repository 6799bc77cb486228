import { PORTS } from '../mocks/seed/fixtures';
import {
  addRecipients,
  chooseLocation,
  chooseSpeeds,
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

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a port owner lets a customer connect to their port with a Z-side token', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens');
  await openWizard(page);
  await page.getByRole('radio', { name: 'Z-side Connection Service Token' }).check();
  await page.getByRole('radio', { name: 'Port' }).check();
  await chooseLocation(page, 'Amsterdam (AM)');
  await page.getByRole('radio', { name: /AM3-CX-PRI-01$/ }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('1450');
  await next(page, 'Token details');
  await chooseSpeeds(page, ['1 Gbps', '10 Gbps', '50 Gbps']);
  await addRecipients(page, ['peering@customer.example']);
  await page.getByRole('textbox', { name: 'Name' }).fill('Customer peering AM');
  await next(page, 'Review');
  await create(page);
  const [uuid = ''] = await copyTokens(page);

  const token = await readToken(page, uuid);
  expect(token.state).toBe('INACTIVE');
  expect(token.name).toBe('Customer peering AM');
  expect(token.connection?.supportedBandwidths).toEqual([1000, 10000, 50000]);
  expect(selectorOf(token)).toMatchObject({
    type: 'COLO',
    port: { uuid: PORTS.AM_PRI_01 },
    linkProtocol: { type: 'DOT1Q', vlanTag: 1450 },
  });
  await goToInventory(page);
  await expectInInventory(page, uuid, ['Z-side', /VLAN 1450/, 'Customer peering AM']);
});
