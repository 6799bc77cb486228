import { TOKENS } from '../mocks/seed/fixtures';
import { expect, test } from './fixtures';
import { dataRows, settled } from './inventory-helpers';

test('a token owner opens a token from the inventory and reads its whole story', async ({
  page,
  demo,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await demo.open(`/service-tokens?q=${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  await settled(page);
  const row = dataRows(page).first();
  const name = (await row.getByRole('link').first().textContent()) ?? '';
  await row.getByRole('link', { name }).click();

  await expect(page).toHaveURL(new RegExp(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Available (not redeemed) INACTIVE');
  await expect(summary).toContainText('A-side');
  await expect(summary).toContainText('EVPL_VC');
  await expect(summary).toContainText('Up to 1 Gbps');
  const asset = page.getByRole('region', { name: 'Asset' });
  await expect(asset).toContainText('Port');
  await expect(asset).toContainText('DOT1Q · VLAN 300');
  await expect(asset).toContainText('SV');
  await expect(
    page.getByRole('region', { name: 'Recipients' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText(/Created.+by /);

  await summary.getByRole('button', { name: 'Copy token' }).click();
  await expect(summary.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    TOKENS.ASIDE_DOT1Q_INACTIVE,
  );

  await page.getByText('Raw JSON').click();
  await expect(page.getByLabel('The token as JSON')).toContainText(
    `"uuid": "${TOKENS.ASIDE_DOT1Q_INACTIVE}"`,
  );
});

test('a redeemed token shows its connection, and every action says why it is unavailable', async ({
  page,
  demo,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ACTIVE_ASIDE}`);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
    'Redeemed (in use) ACTIVE',
  );
  const connection = page.getByRole('region', { name: 'Redeemed by' });
  await expect(connection).toContainText('Connection uuid');
  await expect(connection).toContainText(/Connects to/);

  const actions = page.getByRole('region', { name: 'Actions' });
  for (const action of [
    'Edit expiration',
    'Edit recipients',
    'Edit bandwidth',
    'Edit name and description',
    'Resend notification',
    'Delete token',
  ]) {
    await expect(actions.getByRole('button', { name: action })).toBeDisabled();
  }
  await expect(actions).toContainText(
    'This token has been redeemed and a connection now uses it, so it can no longer be edited, deleted or sent again (ACTIVE).',
  );
  await actions.getByRole('button', { name: 'Edit expiration' }).hover({ force: true });
  await expect(page.getByRole('tooltip')).toHaveText(
    'This token has been redeemed and a connection now uses it, so it can no longer be edited (ACTIVE).',
  );
});

test('a token whose notifications also reach phones lists those numbers, read-only', async ({
  page,
  demo,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ACTIVE_ASIDE}`);
  const recipients = page.getByRole('region', { name: 'Recipients' });
  await expect(recipients.getByRole('list', { name: 'Email recipients' })).toBeVisible();
  const phones = recipients.getByRole('list', { name: 'Phone recipients (read-only)' });
  await expect(phones.getByRole('listitem')).toHaveText([
    '+14155550123Mobile, work hours (America/Los_Angeles)',
    '+442079460018Office, any time',
  ]);
  await expect(phones.getByRole('textbox')).toHaveCount(0);
});

test('expired and deleted tokens cannot be changed either, each saying why', async ({
  page,
  demo,
}) => {
  for (const [uuid, reason, tooltip] of [
    [
      TOKENS.EXPIRED_ASIDE,
      'This token expired before anyone redeemed it, so it can no longer be edited, deleted or sent again (EXPIRED). Create a new token if your customer still needs one.',
      'This token expired before anyone redeemed it, so it can no longer be sent again (EXPIRED).',
    ],
    [
      TOKENS.DELETED_ZSIDE,
      'This token has been deleted, so it can no longer be edited, deleted or sent again (DELETED). Create a new token if your customer still needs one.',
      'This token has been deleted, so it can no longer be sent again (DELETED).',
    ],
  ] as const) {
    await demo.open(`/service-tokens/${uuid}`);
    const actions = page.getByRole('region', { name: 'Actions' });
    // Neither token was ever redeemed: neither reason speaks of redemption as the cause.
    await expect(actions).toContainText(reason);
    await expect(actions).not.toContainText('not been redeemed');
    await actions.getByRole('button', { name: 'Resend notification' }).hover({ force: true });
    await expect(page.getByRole('tooltip')).toHaveText(tooltip);
    await page.mouse.move(0, 0);
    await expect(actions.getByRole('button', { name: 'Delete token' })).toBeDisabled();
    await expect(actions.getByRole('button', { name: 'Resend notification' })).toBeDisabled();
    await expect(
      page
        .getByRole('region', { name: 'Recipients' })
        .getByRole('button', { name: 'Edit recipients' }),
    ).toBeDisabled();
  }
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Deleted');
});

test('an unknown token id says there is no such token', async ({ page, demo }) => {
  await demo.open('/service-tokens/00000000-0000-4000-8000-000000000000');
  await expect(
    page.getByRole('heading', { level: 1, name: 'No token with this id' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Service Token Inventory' }).first().click();
  await expect(page).toHaveURL(/\/service-tokens$/);
});
