import { createHash } from 'node:crypto';
import { expect, test } from '../fixtures';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

test('every page answer carries a policy that lets only the portal’s own scripts run', async ({
  page,
  demo,
  request,
}) => {
  const answer = await request.get('/service-tokens');
  const headers = answer.headers();
  const policy = directives(headers['content-security-policy'] ?? '');
  expect(policy.get('object-src')).toEqual([`'none'`]);
  expect(policy.get('frame-ancestors')).toEqual([`'none'`]);
  expect(policy.get('worker-src')).toEqual([`'self'`]);
  const scriptSrc = policy.get('script-src') ?? [];
  expect(scriptSrc[0]).toBe(`'self'`);
  expect(scriptSrc).not.toContain(`'unsafe-inline'`);
  expect(scriptSrc).not.toContain(`'unsafe-eval'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  // The production build has no inline script; the dev server has one (React Fast Refresh), which
  // the policy admits by its hash and nothing else.
  const html = await answer.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
  expect(scriptSrc.slice(1).sort()).toEqual(inline.sort());

  // Demo mode still works under the policy: MSW's service worker controls the page.
  await demo.open('/service-tokens');
  // A cold first visit compiles the page in dev mode (E2E_DEV=1), hence the longer wait.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
});

test('a script injected into the page is refused and reported', async ({
  page,
  demo,
  cspViolations,
  consoleErrors,
}) => {
  await demo.open('/service-tokens');
  // A cold first visit compiles the page in dev mode (E2E_DEV=1), hence the longer wait.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible({ timeout: 30_000 });
  await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.setAttribute('src', 'data:,');
    image.setAttribute('onerror', 'window.__injected = true');
    image.setAttribute('onload', 'window.__injected = true');
    document.body.append(image);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => '__injected' in window)).toBe(false);
  // These violations (and Chromium's console lines about them) are this test's point; any other
  // would still fail it.
  expect(cspViolations.filter((violation) => !violation.startsWith('script-src'))).toEqual([]);
  cspViolations.length = 0;
  const refusals = consoleErrors.filter((line) => line.includes('Content Security Policy'));
  for (const line of refusals) consoleErrors.splice(consoleErrors.indexOf(line), 1);
});
