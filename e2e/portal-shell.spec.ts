import { expect, test } from './fixtures';

test('a newcomer opens the portal in demo mode and finds both Service Tokens pages', async ({
  page,
  demo,
}) => {
  const apiAnswers: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/fabric/') || url.pathname.startsWith('/ne/')) {
      apiAnswers.push({ url: url.pathname, fromServiceWorker: response.fromServiceWorker() });
    }
  });

  await demo.open('/');
  await expect(page).toHaveURL(/\/service-tokens$/);
  await expect(page.getByText('Fabric Service Tokens')).toBeVisible();
  await expect(page.getByLabel('Mode: Demo')).toBeVisible();
  // The inventory has loaded: until then the bar is the loading layout's, which the page's own
  // replaces (a menu opened on it closes then).
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Service Tokens' }).click();
  await page.getByRole('menuitem', { name: 'Create Service Token' }).click();
  await expect(page).toHaveURL(/\/service-tokens\/create\/basic$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create Service Token' })).toBeVisible();

  await page.getByRole('button', { name: 'Service Tokens' }).click();
  await page.getByRole('menuitem', { name: 'Service Token Inventory' }).click();
  await expect(page).toHaveURL(/\/service-tokens$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible();

  // Every API answer came from the demo backend in the page's service worker, none from a network.
  expect(apiAnswers.length).toBeGreaterThan(0);
  expect(apiAnswers.filter((answer) => !answer.fromServiceWorker)).toEqual([]);
});

test('an unknown address shows the not-found page with a way back', async ({ page, demo }) => {
  await demo.open('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the Service Token Inventory' }).click();
  await expect(page).toHaveURL(/\/service-tokens$/);
});
