import { DEVICES, PORTS } from '../mocks/seed/fixtures';
import {
  addRecipients,
  callApi,
  chooseLimit,
  chooseLocation,
  chooseSpeeds,
  chosenOption,
  create,
  next,
  readToken,
  selectorOf,
  stepHeading,
} from './create-helpers';
import { expect, test } from './fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

test('a VLAN taken by someone else before Create is refused beside the VLAN field, and nothing typed is lost', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/basic');
  await chooseLocation(page, 'Silicon Valley (SV)');
  await page.getByRole('radio', { name: /SV5-CX-PRI-01$/ }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('1500');
  await next(page, 'Token details');
  await chooseLimit(page, '2 Gbps');
  await addRecipients(page, ['noc@customer.example', 'ops@customer.example']);
  await page.getByRole('textbox', { name: 'Name' }).fill('Race for VLAN 1500');
  await next(page, 'Review');
  await expect(page.getByText(/The server accepted this request/)).toBeVisible();

  // Behind the user's back, another client takes VLAN 1500 on the same port.
  const rival = await callApi(page, 'POST', '/fabric/v4/serviceTokens', {
    type: 'VC_TOKEN',
    expirationDateTime: inDays(10),
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: true,
      allowCustomBandwidth: false,
      bandwidthLimit: 50,
      aSide: {
        accessPointSelectors: [
          {
            type: 'COLO',
            port: { uuid: PORTS.SV_PRI_01 },
            linkProtocol: { type: 'DOT1Q', vlanTag: 1500 },
          },
        ],
      },
    },
    notifications: [{ type: 'ALL', emails: ['someone@else.example'] }],
  });
  expect(rival.status).toBe(201);

  await page.getByRole('button', { name: 'Create Service Token' }).click();
  const problem = page
    .getByRole('listitem')
    .filter({ hasText: /^VLAN ID: VLAN 1500 is already in use/ });
  await expect(problem).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create Service Token' })).toBeDisabled();
  await problem.getByRole('link', { name: 'Fix on Basic configuration' }).click();

  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  const vlan = page.getByRole('textbox', { name: 'VLAN ID' });
  await expect(vlan).toHaveValue('1500');
  await expect(vlan).toHaveAccessibleDescription(/already in use/);
  await vlan.fill('1501');
  await next(page, 'Token details');
  await expect(page.getByRole('button', { name: /^noc@customer.example/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^ops@customer.example/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Race for VLAN 1500');
  await expect(chosenOption(page, 'Connection bandwidth limit')).toHaveText('2 Gbps');
  await next(page, 'Review');
  await create(page);
  const uuid = new URL(page.url()).searchParams.get('token') ?? '';
  expect(selectorOf(await readToken(page, uuid))?.linkProtocol?.vlanTag).toBe(1501);
});

test('an interface reserved by someone else before Create is refused beside the interface, and nothing typed is lost', async ({
  page,
  demo,
}) => {
  await demo.open('/service-tokens/create/basic');
  await page.getByRole('radio', { name: 'Z-side Connection Service Token' }).check();
  await page.getByRole('radio', { name: 'Virtual Device' }).check();
  await chooseLocation(page, 'Silicon Valley (SV)');
  await page.getByRole('radio', { name: 'sv-csr1000v-01' }).check();
  await page.getByRole('radio', { name: 'I will select an interface on my device' }).check();
  const picker = page.getByRole('radiogroup', { name: 'Interface on sv-csr1000v-01' });
  const chosen = picker.getByRole('radio', { disabled: false }).first();
  const interfaceId = Number(await chosen.getAttribute('value'));
  await chosen.check();
  await next(page, 'Token details');
  await chooseSpeeds(page, ['1 Gbps']);
  await addRecipients(page, ['edge@customer.example']);
  await next(page, 'Review');
  await expect(page.getByText(/The server accepted this request/)).toBeVisible();

  const rival = await callApi(page, 'POST', '/fabric/v4/serviceTokens', {
    type: 'VC_TOKEN',
    expirationDateTime: inDays(10),
    connection: {
      type: 'EVPL_VC',
      allowRemoteConnection: true,
      allowCustomBandwidth: false,
      supportedBandwidths: [50],
      zSide: {
        accessPointSelectors: [
          {
            type: 'VD',
            virtualDevice: { type: 'EDGE', uuid: DEVICES.SV_CSR_01 },
            interface: { type: 'NETWORK', id: interfaceId },
          },
        ],
      },
    },
    notifications: [{ type: 'ALL', emails: ['someone@else.example'] }],
  });
  expect(rival.status).toBe(201);

  await page.getByRole('button', { name: 'Create Service Token' }).click();
  const problem = page
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^Interface: Interface ${interfaceId} .*RESERVED`) });
  await expect(problem).toBeVisible();
  await problem.getByRole('link', { name: 'Fix on Basic configuration' }).click();
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(
    picker.getByRole('radio', { name: new RegExp(`^Interface ${interfaceId}\\b`) }),
  ).toBeDisabled();
  await expect(picker).toHaveAccessibleDescription(/RESERVED/);

  const other = picker.getByRole('radio', { disabled: false }).first();
  const otherId = Number(await other.getAttribute('value'));
  await other.check();
  await next(page, 'Token details');
  await expect(page.getByRole('checkbox', { name: '1 Gbps', exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: /^edge@customer.example/ })).toBeVisible();
  await next(page, 'Review');
  await create(page);
  const uuid = new URL(page.url()).searchParams.get('token') ?? '';
  expect(selectorOf(await readToken(page, uuid))?.interface?.id).toBe(otherId);
});
