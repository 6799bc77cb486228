import type { Page, Request } from '@playwright/test';
import { TOKENS } from '../mocks/seed/fixtures';
import { chooseOption, expect, test } from './fixtures';
import { dataRows, settled } from './inventory-helpers';
import { expectNoA11yViolations, overlays } from './quality/axe';

/** Every PATCH the page sends: its content type and JSON Patch body. */
function recordPatches(page: Page) {
  const patches: { contentType: string | null; body: unknown }[] = [];
  page.on('request', (request: Request) => {
    if (request.method() !== 'PATCH') return;
    patches.push({
      contentType: request.headers()['content-type'] ?? null,
      body: request.postDataJSON(),
    });
  });
  return patches;
}

test('a token owner extends a token: one JSON Patch operation, and the inventory agrees', async ({
  page,
  demo,
}) => {
  const patches = recordPatches(page);
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  const actions = page.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Edit expiration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit expiration' });
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();

  // Bad dates are explained beside the field.
  await dialog.getByLabel('Expiration date').fill('2001-01-01');
  await expect(dialog).toContainText('The expiration must be later than now.');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();

  // Three days ahead, as the date box takes it (local calendar day).
  const inThreeDays = await page.evaluate(() => {
    const date = new Date(Date.now() + 3 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  });
  await dialog.getByLabel('Expiration date').fill(inThreeDays);
  await expect(dialog).toContainText('The token will expire on');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Expiration updated')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('(in 3 days)');

  expect(patches).toHaveLength(1);
  expect(patches[0]?.contentType).toBe('application/json-patch+json');
  expect(patches[0]?.body).toEqual([
    { op: 'replace', path: '/expirationDateTime', value: expect.stringMatching(/Z$/) },
  ]);

  // The token now expires within a week: the overview and the list say so without a reload.
  await page.getByRole('link', { name: 'Service Token Inventory' }).first().click();
  await page
    .getByRole('navigation', { name: 'Token overview' })
    .getByRole('link', { name: /Expiring within 7 days/ })
    .click();
  await settled(page);
  await expect(dataRows(page).filter({ hasText: TOKENS.ASIDE_DOT1Q_INACTIVE })).toHaveCount(1);
});

test('a token owner edits recipients, bandwidth, name and description', async ({ page, demo }) => {
  const patches = recordPatches(page);
  await demo.open(`/service-tokens/${TOKENS.ZSIDE_PORT_INACTIVE}`);

  // Recipients: validation beside each field, then one replace of the whole list.
  await page
    .getByRole('region', { name: 'Recipients' })
    .getByRole('button', { name: 'Edit recipients' })
    .click();
  const recipients = page.getByRole('dialog', { name: 'Edit recipients' });
  // The dialog's code loads on first open: count its rows once it is there.
  await expect(recipients.getByRole('textbox').first()).toBeVisible();
  const before = await recipients.getByRole('textbox').count();
  await recipients.getByRole('button', { name: 'Add another email' }).click();
  const added = recipients.getByRole('textbox', { name: `Recipient ${before + 1}`, exact: true });
  await expect(added).toBeFocused();
  await added.fill('not-an-email');
  await added.blur();
  await expect(recipients).toContainText('Enter a valid email address, like name@example.com.');
  await expect(recipients.getByRole('button', { name: 'Save' })).toBeDisabled();
  await added.fill(
    await recipients.getByRole('textbox', { name: 'Recipient 1', exact: true }).inputValue(),
  );
  await expect(recipients).toContainText('This address is already in the list.');
  await added.fill('new.person@partner.example');
  await recipients.getByRole('button', { name: 'Save' }).click();
  await expect(recipients).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Recipients' })).toContainText(
    'new.person@partner.example',
  );

  // Bandwidth of a Z-side token: a set of speeds.
  const actions = page.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Edit bandwidth' }).click();
  const bandwidth = page.getByRole('dialog', { name: 'Edit bandwidth' });
  await expect(bandwidth.getByRole('checkbox', { name: '1 Gbps' })).toBeChecked();
  await bandwidth.getByRole('checkbox', { name: '2 Gbps' }).check();
  await bandwidth.getByRole('checkbox', { name: '50 Mbps' }).uncheck();
  await bandwidth.getByRole('button', { name: 'Save' }).click();
  await expect(bandwidth).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
    '200 Mbps, 500 Mbps, 1 Gbps, 2 Gbps',
  );

  // Name and description: one operation per changed field.
  await actions.getByRole('button', { name: 'Edit name and description' }).click();
  const naming = page.getByRole('dialog', { name: 'Edit name and description' });
  await naming.getByLabel('Name').fill('Partner hand-off');
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partner hand-off' })).toBeVisible();

  expect(patches.map((patch) => patch.body)).toEqual([
    [
      {
        op: 'replace',
        path: '/notifications/emails',
        value: expect.arrayContaining(['new.person@partner.example']),
      },
    ],
    [{ op: 'replace', path: '/connection/supportedBandwidths', value: [200, 500, 1000, 2000] }],
    [{ op: 'replace', path: '/name', value: 'Partner hand-off' }],
  ]);

  // The inventory shows the new name without a reload.
  await page.getByRole('link', { name: 'Service Token Inventory' }).first().click();
  await expect(page.getByRole('link', { name: 'Partner hand-off' })).toBeVisible();
});

test('a token owner fills the twelfth recipient row and hears why no more can be added', async ({
  page,
  demo,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ZSIDE_PORT_INACTIVE}`);
  await page
    .getByRole('region', { name: 'Recipients' })
    .getByRole('button', { name: 'Edit recipients' })
    .click();
  const recipients = page.getByRole('dialog', { name: 'Edit recipients' });
  await expect(recipients.getByRole('textbox').first()).toBeVisible();
  const add = recipients.getByRole('button', { name: 'Add another email' });
  await expect(add).toHaveAccessibleDescription(
    '1 to 12 recipients; any of them can redeem the token, once.',
  );
  for (let rows = await recipients.getByRole('textbox').count(); rows < 12; rows += 1) {
    await add.click();
    await expect(recipients.getByRole('textbox')).toHaveCount(rows + 1);
  }
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription('A token can have at most 12 recipients.');
  await expectNoA11yViolations(page, 'the recipients dialog at its limit', { within: overlays });

  await recipients.getByRole('button', { name: 'Remove recipient 12' }).click();
  await expect(add).toBeEnabled();
  await expect(add).toBeFocused();
});

test('an A-side limit is edited with one select', async ({ page, demo }) => {
  await demo.open(`/service-tokens/${TOKENS.ASIDE_QINQ_INACTIVE}`);
  await page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Edit bandwidth' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit bandwidth' });
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Bandwidth limit' }), '5 Gbps');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Up to 5 Gbps');
});

test('when the server refuses an edit, the old value comes back with the reason', async ({
  page,
  demo,
  consoleErrors,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_LOCAL_ONLY}`);
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  const heading = page.getByRole('heading', { level: 1 });
  const original = (await heading.textContent()) ?? '';
  await demo.settings({
    failNext: { method: 'PATCH', pathPattern: '/fabric/v4/serviceTokens/*', status: 500 },
  });
  await page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Edit name and description' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit name and description' });
  await dialog.getByLabel('Name').fill('Will not stick');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'The change was not saved; the token shows its previous value',
  );
  await expect(dialog.getByRole('alert')).toContainText('HTTP 500');
  await expect(dialog.getByLabel('Name')).toHaveValue('Will not stick');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(heading).toHaveText(original);
  await expect(page.getByRole('region', { name: 'Summary' })).not.toContainText('Will not stick');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original);
  consoleErrors.length = 0;
});

test('a read-only user is told which roles may change tokens, and the actions turn off', async ({
  page,
  demo,
  consoleErrors,
}) => {
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  await demo.settings({ role: 'READ_ONLY' });
  const actions = page.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Resend notification' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The notification was not sent' });
  await expect(alert).toContainText('Fabric Manager');
  await expect(alert).toContainText('EQ-3045003');
  await expect(actions.getByRole('button', { name: 'Delete token' })).toBeDisabled();
  await expect(actions).toContainText('Your role does not allow changing service tokens');
  consoleErrors.length = 0;
});
