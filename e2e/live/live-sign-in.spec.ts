import { expectNoA11yViolations } from '../quality/axe';
import { acceptedSecret, expect, signIn, test } from './live-fixtures';

// Prism serves fabric-v4.openapi.yaml's examples: the search example's first token.
const exampleTokenName = 'zside_network_token';

test('a network engineer signs in with client credentials and sees the tokens the API holds', async ({
  page,
  upstream,
  credentials,
}) => {
  await page.goto('/service-tokens');
  // No session yet: the BFF answers 401 and the portal asks to sign in, remembering the page.
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fservice-tokens/);
  await signIn(page, credentials);

  await expect(page).toHaveURL(/\/service-tokens$/);
  await expect(page.getByText(exampleTokenName).first()).toBeVisible({ timeout: 30_000 });

  const { tokens, requests } = await upstream.log();
  // The exchange is the auth spec's: a JSON body with grant_type, and Prism found nothing wrong.
  expect(tokens).toHaveLength(1);
  expect(tokens[0]).toMatchObject({
    contentType: 'application/json',
    request: {
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: acceptedSecret,
    },
    status: 200,
    violations: null,
  });
  const search = requests.find((request) =>
    request.url.startsWith('/fabric/v4/serviceTokens/search'),
  );
  expect(search).toMatchObject({ method: 'POST', clientId: credentials.clientId, status: 200 });
  expect(search?.violations).toBeNull();
  expect(requests.every((request) => request.cookie === null)).toBe(true);
});

test('wrong client credentials show the refusal’s code and status on the sign-in page, never the secret', async ({
  page,
  upstream,
  credentials,
}) => {
  await page.goto('/sign-in');
  await signIn(page, { ...credentials, clientSecret: 'not-the-secret' });

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The client id or secret was not accepted: The token API refused them (HTTP 400)',
  );
  const { tokens } = await upstream.log();
  expect(tokens).toHaveLength(1);
  expect(tokens[0]?.status).toBe(400);
  // The code is the one Prism wrote from the spec's Oauth2TokenErrorResponse, when it reads as one.
  const refusal = tokens[0]?.body as { error_code: string };
  const code = /^[A-Za-z0-9._-]{1,64}$/.test(refusal.error_code)
    ? refusal.error_code
    : 'BFF-TOKEN-REJECTED';
  await expect(alert).toContainText(`Error code ${code}`);
  await expect(page.locator('body')).not.toContainText('not-the-secret');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel('Client id')).toHaveValue(credentials.clientId);
  await expectNoA11yViolations(page, 'the live sign-in page showing a refusal');
});

test('after signing in, no script in the page can read the secret or the bearer token', async ({
  page,
  context,
  upstream,
  credentials,
}) => {
  const urls: string[] = [];
  const authorizationHeaders: string[] = [];
  page.on('request', (request) => {
    urls.push(request.url());
    const authorization = request.headers().authorization;
    if (authorization) authorizationHeaders.push(authorization);
  });
  await page.goto('/sign-in');
  await signIn(page, credentials);
  await expect(page.getByText(exampleTokenName).first()).toBeVisible({ timeout: 30_000 });

  const { tokens } = await upstream.log();
  const bearer = String(tokens[0]?.body.access_token ?? '');
  expect(bearer, 'Prism issued a token').not.toBe('');
  const visible = await page.evaluate(() => ({
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
    cookie: document.cookie,
  }));
  for (const secret of [credentials.clientSecret, bearer]) {
    expect(visible.localStorage).not.toContain(secret);
    expect(visible.sessionStorage).not.toContain(secret);
    expect(visible.cookie).not.toContain(secret);
    for (const url of [...urls, page.url()]) expect(decodeURIComponent(url)).not.toContain(secret);
  }
  // The session cookie exists, but page scripts cannot see it.
  expect(visible.cookie).not.toContain('fabric_portal_session');
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'fabric_portal_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(authorizationHeaders).toEqual([]);
});

test('signing out ends the session on the server', async ({ page, upstream, credentials }) => {
  await page.goto('/sign-in');
  await signIn(page, credentials);
  await expect(page.getByText(exampleTokenName).first()).toBeVisible({ timeout: 30_000 });
  // The page's own requests finish first (the overview's five counts follow the rows): one still
  // on its way upstream when signing out would be logged after the count taken below.
  const overview = page.getByRole('navigation', { name: 'Token overview' });
  for (const count of await overview.getByRole('link').all()) {
    await expect(count).toHaveText(/^([\d,]+|unavailable|—) /);
  }

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const status = await page.request.get('/bff/session');
  expect(await status.json()).toMatchObject({ signedIn: false });

  // The inventory now gets the BFF's 401 and sends the user back to sign in.
  const before = (await upstream.log()).requests.length;
  await page.goto('/service-tokens');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fservice-tokens/);
  expect((await upstream.log()).requests.length).toBe(before);
});
