// The README's screenshots of the inventory, in demo mode, at 1280 px and 390 px wide.
// Against a running server: `npm run build && PORT=4174 PORTAL_MODE=demo node dist-server/main.js`,
// then `CHROMIUM_PATH=/usr/bin/chromium PORT=4174 node scripts/screenshots.mjs`.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const baseURL = `http://127.0.0.1:${process.env.PORT ?? 4174}`;
const outDir = new URL('../docs/screenshots/', import.meta.url);

const shots = [
  // The desktop view as it first meets the eye: the viewport only.
  { file: 'inventory-1280.png', viewport: { width: 1280, height: 800 }, fullPage: false },
  // The phone's whole page (ten cards, so the picture stays small).
  { file: 'inventory-390.png', viewport: { width: 390, height: 844 }, fullPage: true },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || undefined,
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  for (const { file, viewport, fullPage } of shots) {
    const page = await browser.newPage({ viewport, colorScheme: 'light' });
    const pageSize = fullPage ? '&pageSize=10' : '';
    // A fresh demo backend: the same seed, so the same picture, on every run.
    await page.goto(`${baseURL}/service-tokens?demoReset=1${pageSize}`);
    await page.getByText(/^\d\S* tokens?$/).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    // The overview's counts arrive after the rows.
    await page.getByRole('link', { name: /^\d+ Deleted/ }).waitFor();
    await page.screenshot({
      path: new URL(file, outDir).pathname,
      fullPage,
      animations: 'disabled',
    });
    await page.close();
    console.log(`docs/screenshots/${file}`);
  }
} finally {
  await browser.close();
}
