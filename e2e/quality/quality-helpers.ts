import type { Page } from '@playwright/test';
import { callApi } from '../api-in-page';
import { expect } from '../fixtures';

/** Shared steps of the accessibility and resilience specs, found by role and label. */

/** A name no other test uses, so a search finds only this test's token. */
export const uniqueName = (what: string) =>
  `qa-${what}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
export { callApi };

interface TokenSummary {
  uuid: string;
  name?: string;
  state?: string;
  expirationDateTime?: string;
}

/** Every token with exactly this name, read from the server (not from the screen). */
export async function tokensNamed(page: Page, name: string): Promise<TokenSummary[]> {
  const answer = await callApi<{ data?: TokenSummary[] }>(
    page,
    'POST',
    '/fabric/v4/serviceTokens/search',
    {
      filter: { and: [{ property: '/name', operator: '=', values: [name] }] },
      pagination: { offset: 0, limit: 100 },
    },
  );
  expect(answer.status, 'token search').toBe(200);
  return answer.body.data ?? [];
}

export async function portName(page: Page, uuid: string): Promise<string> {
  const answer = await callApi<{ name?: string }>(page, 'GET', `/fabric/v4/ports/${uuid}`);
  if (!answer.body.name) throw new Error(`port ${uuid} has no name`);
  return answer.body.name;
}

export const stepHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name });

/** Step 1 for an A-side token on a DOT1Q port. */
export async function fillAsidePort(
  page: Page,
  port: { metro: string; name: string; vlan: string },
) {
  await expect(stepHeading(page, 'Basic configuration')).toBeVisible();
  await page.getByRole('radio', { name: 'A-side Connection Service Token' }).check();
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ label: port.metro });
  await page.getByRole('radio', { name: port.name }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill(port.vlan);
}

/** Step 2 for an A-side token: limit, one recipient, a name. */
export async function fillAsideDetails(
  page: Page,
  details: { bandwidth: string; email: string; name: string },
) {
  await expect(stepHeading(page, 'Token details')).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Connection bandwidth limit' })
    .selectOption({ label: details.bandwidth });
  const email = page.getByRole('textbox', { name: 'Recipient email' });
  await email.fill(details.email);
  await email.press('Enter');
  await expect(page.getByRole('button', { name: new RegExp(`^${details.email}`) })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill(details.name);
}

export const nextButton = (page: Page, step: string) =>
  page.getByRole('button', { name: `Next: ${step}` });

export const createButton = (page: Page) =>
  page.getByRole('button', { name: /^(Create Service Token|Creating…)$/ });

export const dryRunAccepted = (page: Page) =>
  page.getByText('The server accepted this request (dry run). Nothing has been created yet.');

/** Steps 1 and 2 of an A-side port token, ending on the review with the dry run accepted. */
export async function reachReview(
  page: Page,
  token: { metro: string; port: string; vlan: string; name: string; email?: string },
) {
  await fillAsidePort(page, { metro: token.metro, name: token.port, vlan: token.vlan });
  await nextButton(page, 'Token details').click();
  await fillAsideDetails(page, {
    bandwidth: '1 Gbps',
    email: token.email ?? 'noc@customer.example',
    name: token.name,
  });
  await nextButton(page, 'Review').click();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(dryRunAccepted(page)).toBeVisible();
}
