// Finds or provisions a Chromium for the end-to-end tests, and says plainly what it did.
// Order: $CHROMIUM_PATH; a system Chromium; as root, Debian's chromium package; Playwright's own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function say(message) {
  console.log(`[browser] ${message}`);
}

function findSystem() {
  return systemCandidates.find((candidate) => existsSync(candidate));
}

function installDebianChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  say('no system Chromium found; installing Debian\'s "chromium" package with apt-get (root)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0;
}

function installPlaywrightChromium() {
  say("trying Playwright's own Chromium (npx playwright install chromium)…");
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return result.status === 0;
}

/** Returns the executable path to use, or '' for Playwright's own browser. Exits when none. */
export function ensureBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) {
    say(`using CHROMIUM_PATH=${fromEnv}`);
    return fromEnv;
  }
  let found = findSystem();
  if (found) {
    say(`using the system Chromium at ${found} (${version(found)})`);
    return found;
  }
  if (installDebianChromium() && (found = findSystem())) {
    say(`installed and using ${found} (${version(found)})`);
    return found;
  }
  if (installPlaywrightChromium()) {
    say("using Playwright's own Chromium");
    return '';
  }
  console.error(
    '[browser] No Chromium is available for the end-to-end tests.\n' +
      '  Install one and run again:  sudo apt-get install chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  );
  process.exit(1);
}

function version(executable) {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'version unknown';
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowser();
