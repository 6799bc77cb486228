import type { Request } from '@playwright/test';
import { PORTS } from '../mocks/seed/fixtures';
import { expect, test } from './fixtures';
import { portName, reachReview, stepHeading } from './quality/quality-helpers';

const listPaths = ['/fabric/v4/ports', '/fabric/v4/metros'];

test('the asset lists are read once per visit to the wizard, whatever the steps, and again on Refresh', async ({
  page,
  demo,
}) => {
  const reads: string[] = [];
  page.on('request', (request: Request) => {
    const { pathname } = new URL(request.url());
    if (request.method() === 'GET' && listPaths.includes(pathname)) reads.push(pathname);
  });
  const count = (path: string) => reads.filter((read) => read === path).length;

  await demo.open('/service-tokens/create/basic');
  const port = await portName(page, PORTS.SV_PRI_01);
  await reachReview(page, { metro: 'Silicon Valley (SV)', port, vlan: '2141', name: 'Lists' });
  // Back to the first step and forward again: every picker mounts anew.
  await page.getByRole('link', { name: 'Edit basic configuration' }).click();
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await expect(page.getByRole('radio', { name: port })).toBeChecked();
  await page.getByRole('button', { name: 'Next: Token details' }).click();
  await expect(stepHeading(page, 'Token details')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: port })).toBeChecked();
  expect(count('/fabric/v4/ports'), 'ports read').toBe(1);
  expect(count('/fabric/v4/metros'), 'metros read').toBe(1);

  await page.getByRole('button', { name: 'Refresh the lists' }).click();
  await expect(page.getByRole('button', { name: 'Refresh the lists' })).toBeEnabled();
  expect(count('/fabric/v4/ports')).toBe(2);
  expect(count('/fabric/v4/metros')).toBe(2);
  await expect(page.getByRole('radio', { name: port })).toBeChecked();
});
