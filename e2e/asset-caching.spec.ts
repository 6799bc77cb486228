import { expect, test } from './fixtures';

test('the page and the demo backend’s worker are asked for again, so a new build is seen at once', async ({
  request,
}) => {
  const page = await request.get('/service-tokens', { headers: { accept: 'text/html' } });
  expect(page.headers()['cache-control']).toBe('no-cache');
  const worker = await request.get('/mockServiceWorker.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');
});
