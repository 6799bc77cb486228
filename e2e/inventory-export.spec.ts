import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { settled, shownTotal } from './inventory-helpers';

test('a token owner exports every token matching the filters to CSV, one row per token', async ({
  page,
  demo,
}) => {
  // 1,000 generated tokens: the export has to walk many pages of 100.
  await demo.open('/service-tokens?state=INACTIVE&state=EXPIRED', { seed: 1000 });
  await settled(page);
  const total = await shownTotal(page);
  expect(total).toBeGreaterThan(100);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export tokens to CSV' });
  await expect(
    dialog.getByRole('progressbar', { name: 'Export progress' }).or(dialog.getByText(/Exported/)),
  ).toBeVisible();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^service-tokens-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(dialog).toContainText(`Exported ${total} tokens`);

  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const lines = csv.split('\r\n').filter((line) => line.length > 0);
  expect(lines[0]).toBe(
    'Name,Token,Side,Asset type,Asset,Location,Link protocol / VLAN,Bandwidth,State,State label,Expires,Recipients,Created,Created by',
  );
  expect(lines).toHaveLength(total + 1);
  const uuids = new Set(
    lines
      .slice(1)
      .map(
        (line) => line.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)?.[0],
      ),
  );
  expect(uuids.size).toBe(total);
  expect(lines.slice(1).every((line) => /,(INACTIVE|EXPIRED),/.test(line))).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();
});
