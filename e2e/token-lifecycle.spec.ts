import { PORTS, TOKENS } from '../mocks/seed/fixtures';
import { expect, test } from './fixtures';
import { apiGet, dataRows, settled } from './inventory-helpers';

type LinkProtocols = {
  data?: { vlanTag?: number; state?: string; serviceToken?: { uuid?: string } }[];
};

const heldVlans = async (page: Parameters<typeof apiGet>[0], port: string) =>
  ((await apiGet<LinkProtocols>(page, `/fabric/v4/ports/${port}/linkProtocols`)).data ?? [])
    .filter((entry) => entry.state !== 'RELEASED')
    .map((entry) => entry.vlanTag);

test('a token owner resends a token to its recipients', async ({ page, demo }) => {
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  const list = page.getByRole('region', { name: 'Recipients' }).getByRole('listitem');
  await expect(list.first()).toBeVisible();
  const recipients = await list.count();
  await page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Resend notification' })
    .click();
  await expect(page.getByText(`Notification sent to ${recipients} recipient`)).toBeVisible();
});

test('a token owner deletes a token after confirming, and its VLAN is free again', async ({
  page,
  demo,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  // The heading reads "Service token" until the token has loaded, then the token's name.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).not.toHaveText('Service token');
  const name = (await heading.textContent()) ?? '';
  expect(await heldVlans(page, PORTS.SV_PRI_01)).toContain(300);

  await page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Delete token' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete Service Token' });
  await expect(confirm).toContainText(name);
  await expect(confirm).toContainText(TOKENS.ASIDE_DOT1Q_INACTIVE);
  await expect(confirm).toContainText('Its VLAN on the port is freed.');
  await confirm.getByRole('button', { name: 'Delete Service Token' }).click();

  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Deleted DELETED');
  await expect(page.getByText('Token deleted')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Deleted');
  expect(await heldVlans(page, PORTS.SV_PRI_01)).not.toContain(300);

  // The inventory agrees without a reload.
  await page.getByRole('link', { name: 'Service Token Inventory' }).first().click();
  await page
    .getByRole('searchbox', { name: 'Search by name or token' })
    .fill(TOKENS.ASIDE_DOT1Q_INACTIVE);
  await settled(page);
  await expect(dataRows(page).first()).toContainText('Deleted DELETED');
});

test('in demo mode, a simulated redemption makes the token ACTIVE and shows its connection', async ({
  page,
  demo,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  const panel = page.getByRole('region', { name: 'Demo' });
  await panel.getByRole('button', { name: 'Simulate redemption' }).click();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
    'Redeemed (in use) ACTIVE',
  );
  await expect(page.getByText(/^Redeemed by connection redeemed-/)).toBeVisible();
  const connection = page.getByRole('region', { name: 'Redeemed by' });
  await expect(connection).toContainText(/Connection\s*redeemed-/);
  // An A-side token is redeemed towards a service provider's profile.
  await expect(connection).toContainText(/Connects to\s*Service profile/);
  await expect(
    page.getByRole('region', { name: 'Actions' }).getByRole('button', { name: 'Delete token' }),
  ).toBeDisabled();
});

test('in demo mode, moving the clock past expiry makes the token EXPIRED', async ({
  page,
  demo,
}) => {
  await demo.open(`/service-tokens/${TOKENS.EXPIRING_IN_3_DAYS}`);
  await page
    .getByRole('region', { name: 'Demo' })
    .getByRole('button', { name: 'Advance clock past expiry' })
    .click();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Expired EXPIRED');
  await expect(page.getByRole('region', { name: 'Actions' })).toContainText(
    'This token expired before anyone redeemed it',
  );
});
