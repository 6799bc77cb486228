import { expect, test } from '../fixtures';
import { paths } from '../../src/config/paths';

// Each payload would run script if any page put it into the DOM as markup instead of text.
const name = `<img src=/xss-name onerror="window.__xss='name';alert('name')">`;
const description = `"><script>window.__xss='description';alert('description')</script><svg onload="window.__xss='svg'">`;
// A valid address (RFC 5322 dot-atom) made of the characters that matter to HTML and templates.
const recipient = "o'reilly+&lt/b&gt=`x`{y}|~#@example.com";

test('a port owner’s script-like name, description and recipient show as plain text everywhere', async ({
  page,
  demo,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const probes: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/xss-')) probes.push(request.url());
  });

  await demo.open(paths.create.href('basic'));
  await page.getByRole('radio', { name: 'A-side Connection Service Token' }).check();
  // The first option of a native select is its empty placeholder.
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ index: 1 });
  await page
    .getByRole('group', { name: 'Port' })
    .locator('input[type=radio]:enabled')
    .first()
    .check();
  const vlan = page.getByRole('textbox', { name: 'VLAN ID' });
  const outer = page.getByRole('textbox', { name: 'Outer Tag / S-tag' });
  await vlan.or(outer).or(page.getByText('This port is untagged')).first().waitFor();
  const tag = String(3000 + (Date.now() % 900));
  if (await vlan.isVisible()) await vlan.fill(tag);
  if (await outer.isVisible()) {
    await outer.fill(tag);
    await page.getByRole('textbox', { name: 'Inner Tag / C-tag' }).fill(tag);
  }
  await page.getByRole('button', { name: /^Next: / }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Token details' })).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Connection bandwidth limit' })
    .selectOption({ index: 1 });
  const recipientBox = page.getByRole('textbox', { name: 'Recipient email' });
  await recipientBox.fill(recipient);
  await recipientBox.press('Enter');
  await expect(page.getByText(recipient, { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'Description' }).fill(description);
  await page.getByRole('button', { name: /^Next: / }).click();

  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await expect(main.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(main.getByText(description, { exact: true }).first()).toBeVisible();
  await expect(main.getByText(recipient).first()).toBeVisible();
  await expect(page.getByText('The server accepted this request (dry run).')).toBeVisible();

  await page.getByRole('button', { name: 'Create Service Token' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Created' }),
  ).toBeVisible();
  await expect(main.getByText(name, { exact: true })).toBeVisible();
  await expect(main.getByText(recipient)).toBeVisible();

  await page.getByRole('link', { name: 'View the inventory' }).click();
  await expect(page).toHaveURL(/\/service-tokens$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await expect(main.getByText(description, { exact: true })).toBeVisible();
  await expect(main.getByText(recipient).first()).toBeVisible();

  // Nothing ran: no dialog, no flag, no request from an <img> the payload would have made.
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(probes).toEqual([]);
  expect(await page.locator('main img[src^="/xss-"], main script, main svg[onload]').count()).toBe(
    0,
  );
});
