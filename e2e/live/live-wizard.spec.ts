import type { Page } from '@playwright/test';
import type { ForwardedRequest } from './live-fixtures';
import { expect, signIn, test } from './live-fixtures';

// Prism serves the spec's examples as they are, and they are not one consistent account: the
// ports are in Tokyo and Sydney while the metros example lists Amsterdam only, and Network Edge
// has no spec. The portal takes its locations from the ports (the metros only name them), so the
// active Sydney port takes an A-side token; the network in the networks search example takes a
// Z-side one.
const exampleNetwork = /My-EVPLAN-1/;
const examplePort = '200558-SY4-CX-PRI-02';

async function fillNetworkToken(page: Page) {
  await page.getByRole('radio', { name: /Z-side Connection Service Token/ }).check();
  await page.getByRole('radio', { name: 'Network', exact: true }).check();
  await page.getByRole('radio', { name: exampleNetwork }).check();
  await page.getByRole('button', { name: 'Next: Token details' }).click();
  await page.getByRole('checkbox', { name: '1 Gbps' }).check();
  await page.getByLabel('Recipient email').fill('noc@example.com');
  await page.getByLabel('Recipient email').press('Enter');
}

/** Prism's verdict on the request itself (its `sl-violations` also lists faults in its examples). */
function requestViolations(request: ForwardedRequest | undefined): unknown[] {
  const all = JSON.parse(request?.violations ?? '[]') as { location: string[] }[];
  return all.filter((violation) => violation.location[0] === 'request');
}

test('the wizard’s dry run and create pass the published spec’s request validation', async ({
  page,
  upstream,
  credentials,
}) => {
  await page.goto('/sign-in?returnTo=%2Fservice-tokens%2Fcreate%2Fbasic');
  await signIn(page, credentials);
  await expect(page).toHaveURL(/\/service-tokens\/create\/basic$/);
  await fillNetworkToken(page);
  await page.getByRole('button', { name: 'Next: Review' }).click();

  await expect(page.getByText('The server accepted this request (dry run).')).toBeVisible();
  await page.getByRole('button', { name: 'Create Service Token' }).click();
  await expect(page.getByRole('heading', { name: 'Service Token Created' })).toBeVisible();

  const { requests } = await upstream.log();
  const writes = requests.filter(
    (request) => request.method === 'POST' && request.url.startsWith('/fabric/v4/serviceTokens?'),
  );
  const dryRun = writes.find((request) => request.url.includes('dryRun=true'));
  const create = requests.find(
    (request) => request.method === 'POST' && request.url === '/fabric/v4/serviceTokens',
  );
  for (const request of [dryRun, create]) {
    expect(request?.clientId).toBe(credentials.clientId);
    expect(request?.contentType).toBe('application/json');
    expect(requestViolations(request)).toEqual([]);
  }
  expect(dryRun?.status).toBe(200);
  expect(create?.status).toBe(201);
  expect(create?.body).toMatchObject({
    type: 'VC_TOKEN',
    connection: { type: 'EVPLAN_VC', supportedBandwidths: [1000], allowRemoteConnection: true },
    notifications: [{ type: 'ALL', emails: ['noc@example.com'] }],
  });
  // The created page shows the token the API returned (Prism's 201 example).
  const { uuid } = create?.response as { uuid: string };
  await expect(page.getByText(uuid).first()).toBeVisible();
});

test('an A-side token is created on the published examples exactly as Prism serves them', async ({
  page,
  upstream,
  credentials,
}) => {
  await page.goto('/sign-in?returnTo=%2Fservice-tokens%2Fcreate%2Fbasic');
  await signIn(page, credentials);
  await expect(page).toHaveURL(/\/service-tokens\/create\/basic$/);
  await page.getByRole('radio', { name: /A-side Connection Service Token/ }).check();
  // Sydney is not in the metros answer: the location is the port's own.
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ label: 'Sydney (SY)' });
  await page.getByRole('radio', { name: new RegExp(examplePort) }).check();
  await page.getByRole('textbox', { name: 'VLAN ID' }).fill('2100');
  await page.getByRole('button', { name: 'Next: Token details' }).click();
  await page
    .getByRole('combobox', { name: 'Connection bandwidth limit' })
    .selectOption({ label: '1 Gbps' });
  await page.getByLabel('Recipient email').fill('noc@example.com');
  await page.getByLabel('Recipient email').press('Enter');
  await page.getByRole('button', { name: 'Next: Review' }).click();

  await expect(page.getByText('The server accepted this request (dry run).')).toBeVisible();
  // Through the three steps, each list was read once.
  const visit = (await upstream.log()).requests;
  const reads = (path: string) =>
    visit.filter((request) => request.method === 'GET' && request.url.split('?')[0] === path);
  expect(reads('/fabric/v4/ports')).toHaveLength(1);
  expect(reads('/fabric/v4/metros')).toHaveLength(1);
  await page.getByRole('button', { name: 'Create Service Token' }).click();
  await expect(page.getByRole('heading', { name: 'Service Token Created' })).toBeVisible();

  const { requests } = await upstream.log();
  const create = requests.find(
    (request) => request.method === 'POST' && request.url === '/fabric/v4/serviceTokens',
  );
  expect(create?.status).toBe(201);
  expect(requestViolations(create)).toEqual([]);
  expect(create?.body).toMatchObject({
    type: 'VC_TOKEN',
    connection: {
      type: 'EVPL_VC',
      bandwidthLimit: 1000,
      aSide: {
        accessPointSelectors: [
          {
            type: 'COLO',
            port: { uuid: '6f0f3015-2d51-4b6e-a98c-1defb4fe88f1' },
            linkProtocol: { type: 'DOT1Q', vlanTag: 2100 },
          },
        ],
      },
    },
  });
  const { uuid } = create?.response as { uuid: string };
  await expect(page.getByText(uuid).first()).toBeVisible();
});

test('when the session ends mid-wizard, the user signs in again and finds the draft intact', async ({
  page,
  upstream,
  credentials,
}) => {
  await page.goto('/sign-in?returnTo=%2Fservice-tokens%2Fcreate%2Fbasic');
  await signIn(page, credentials);
  await expect(page).toHaveURL(/\/service-tokens\/create\/basic$/);
  await fillNetworkToken(page);

  // The server forgets the session (a restart, an idle timeout, a sign-out in another tab).
  expect((await page.request.delete('/bff/session')).status()).toBe(204);
  await page.getByRole('button', { name: 'Next: Review' }).click();

  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fservice-tokens%2Fcreate%2Freview$/);
  await signIn(page, credentials);
  await expect(page).toHaveURL(/\/service-tokens\/create\/review$/);
  await expect(page.getByText('noc@example.com').first()).toBeVisible();
  await expect(page.getByText('The server accepted this request (dry run).')).toBeVisible();

  const { requests } = await upstream.log();
  const dryRuns = requests.filter((request) => request.url.includes('dryRun=true'));
  expect(dryRuns.at(-1)).toMatchObject({ status: 200, clientId: credentials.clientId });
  expect(requestViolations(dryRuns.at(-1))).toEqual([]);
});
