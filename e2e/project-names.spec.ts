import { PROJECT_MAIN, TOKENS } from '../mocks/seed/fixtures';
import { expect, test } from './fixtures';

test('a network engineer sees the demo project by its name in the switcher and on a token’s page, and copies its id', async ({
  page,
  demo,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await demo.open(`/service-tokens/${TOKENS.ASIDE_DOT1Q_INACTIVE}`);

  const switcher = page.getByRole('combobox', { name: 'Project' });
  await expect(switcher).toHaveText('Production network');
  await switcher.click();
  await expect(page.getByRole('option')).toHaveText(['Production network', 'Lab']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();

  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Production network');
  await expect(summary).not.toContainText(PROJECT_MAIN);
  await expect(summary.getByText(`${PROJECT_MAIN.slice(0, 8)}…`)).toHaveAttribute(
    'title',
    PROJECT_MAIN,
  );
  await summary.getByRole('button', { name: 'Copy project id' }).click();
  await expect(summary.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PROJECT_MAIN);
});
