import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { paths } from '../../src/config/paths';

/** Everything the page can persist: both storages, cookies, IndexedDB and Cache Storage. */
async function pageStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    const databases = await indexedDB.databases();
    const records: string[] = [];
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        records.push(JSON.stringify(all));
      }
      db.close();
    }
    const caches = 'caches' in window ? await window.caches.keys() : [];
    return JSON.stringify({
      local: dump(localStorage),
      session: dump(sessionStorage),
      cookies: document.cookie,
      indexedDB: records,
      caches,
    });
  });
}

test('the bearer token never lands in page storage', async ({ page, demo, context }) => {
  const bearers = new Set<string>();
  page.on('request', (request) => {
    const authorization = request.headers()['authorization'];
    if (authorization?.startsWith('Bearer ')) bearers.add(authorization.slice('Bearer '.length));
  });

  await demo.open(paths.inventory.href());
  await expect(
    page.getByRole('heading', { level: 1, name: 'Service Token Inventory' }),
  ).toBeVisible();
  await page.goto(paths.create.href('basic'));
  await expect(page.getByRole('heading', { level: 1, name: 'Create Service Token' })).toBeVisible();
  await expect.poll(() => bearers.size).toBeGreaterThan(0);

  const stored = await pageStorage(page);
  const cookies = JSON.stringify(await context.cookies());
  for (const bearer of bearers) {
    expect(stored).not.toContain(bearer);
    expect(cookies).not.toContain(bearer);
  }
  expect(stored).not.toMatch(/bearer|access_token|client_secret|refresh_token/i);
});
