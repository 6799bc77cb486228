// Runs the end-to-end suite in Chromium: finds or provisions the browser first.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './ensure-browser.mjs';

const executable = ensureBrowser();
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: executable },
});
process.exit(result.status ?? 1);
