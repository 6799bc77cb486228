import { TOKENS } from '../mocks/seed/fixtures';
import { expect, test } from './fixtures';
import { dataRows, settled } from './inventory-helpers';

test('a token owner resends and deletes several tokens and sees the result of each', async ({
  page,
  demo,
  consoleErrors,
}) => {
  // Only tokens that can still be redeemed can be selected.
  await demo.open(`/service-tokens?q=${TOKENS.ACTIVE_ASIDE}`);
  await settled(page);
  await expect(
    dataRows(page).getByRole('checkbox', { name: /has been redeemed.+can no longer be selected/ }),
  ).toBeDisabled();

  await page.goto('/service-tokens?state=INACTIVE&pageSize=50');
  await settled(page);
  const select = (uuid: string) =>
    dataRows(page).filter({ hasText: uuid }).getByRole('checkbox').check();
  await select(TOKENS.ASIDE_DOT1Q_INACTIVE);
  await select(TOKENS.ZSIDE_PORT_INACTIVE);
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bulk).toContainText('2 tokens selected');

  await bulk.getByRole('button', { name: 'Resend notifications' }).click();
  const confirm = page.getByRole('dialog', { name: 'Resend the notification for these tokens?' });
  await expect(confirm).toContainText(TOKENS.ASIDE_DOT1Q_INACTIVE);
  await expect(confirm).toContainText(TOKENS.ZSIDE_PORT_INACTIVE);
  await confirm.getByRole('button', { name: 'Resend 2 tokens' }).click();
  const resent = page.getByRole('dialog', { name: 'Resend results' });
  await expect(resent).toContainText('2 of 2 succeeded.');
  await expect(resent.getByText('Notification sent')).toHaveCount(2);
  await resent.getByRole('button', { name: 'Close' }).click();
  await expect(bulk).toHaveCount(0);

  // One of three deletes is refused by the server: the others still happen, each is reported.
  await select(TOKENS.ASIDE_DOT1Q_INACTIVE);
  await select(TOKENS.ZSIDE_PORT_INACTIVE);
  await select(TOKENS.ASIDE_QINQ_INACTIVE);
  await demo.settings({
    failNext: {
      method: 'DELETE',
      pathPattern: `/fabric/v4/serviceTokens/${TOKENS.ZSIDE_PORT_INACTIVE}`,
      status: 500,
    },
  });
  await bulk.getByRole('button', { name: 'Delete tokens' }).click();
  const confirmDelete = page.getByRole('dialog', { name: 'Delete these tokens?' });
  await expect(confirmDelete.getByRole('listitem')).toHaveCount(3);
  await confirmDelete.getByRole('button', { name: 'Delete 3 tokens' }).click();
  const deleted = page.getByRole('dialog', { name: 'Delete results' });
  await expect(deleted).toContainText('2 of 3 succeeded, 1 failed.');
  await expect(
    deleted.getByRole('listitem').filter({ hasText: TOKENS.ZSIDE_PORT_INACTIVE }),
  ).toContainText(/EQ-\d{7}/);
  await deleted.getByRole('button', { name: 'Close' }).click();

  // The list agrees with the server without a reload.
  await expect(dataRows(page).filter({ hasText: TOKENS.ASIDE_DOT1Q_INACTIVE })).toHaveCount(0);
  await expect(dataRows(page).filter({ hasText: TOKENS.ASIDE_QINQ_INACTIVE })).toHaveCount(0);
  await expect(dataRows(page).filter({ hasText: TOKENS.ZSIDE_PORT_INACTIVE })).toHaveCount(1);
  consoleErrors.length = 0;
});
