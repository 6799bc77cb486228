// `npm run bench`: builds the production bundle, serves it, measures it and prints one table of
// figures against the budgets in docs/decisions/005-performance-budgets.md. It is a report, not a
// test: a missed budget prints MISSED and still exits 0; only a bench that cannot run exits 1.
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { ensureBrowser } from './ensure-browser.mjs';
import { budgets, figures } from './bench/budgets.mjs';
import { measureDataOnScreen } from './bench/data-on-screen.mjs';
import { demoOnlyChunks } from './bench/first-load.mjs';
import { measureInventory } from './bench/inventory.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { markSkipped, printTable, writeChart, writeJson } from './bench/report.mjs';
import { measureSearchLatency } from './bench/search.mjs';
import { measureRoutes } from './bench/routes.mjs';
import { measureServer } from './bench/server-load.mjs';
import { build, freePort, outDir, preview, readManifest } from './bench/server.mjs';
import { measureWizard } from './bench/wizard.mjs';

// --quick: 3 runs instead of 5 (1 Lighthouse run instead of 5).
// --only=first-load,data-on-screen,lighthouse,inventory,wizard,search,server: some sections. --no-build: serve the previous bench build again.
const quick = process.argv.includes('--quick');
const onlyArgument = process.argv.find((argument) => argument.startsWith('--only='));
const only = onlyArgument ? new Set(onlyArgument.slice('--only='.length).split(',')) : undefined;
const wanted = (name) => !only || only.has(name);
const runs = Number(process.env.BENCH_RUNS ?? (quick ? 3 : 5));
// Lighthouse varies from run to run; its authors advise the median of five. `--quick` takes one.
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? (quick ? 1 : 5));
const started = Date.now();
// Vite's note about its future native config loader says nothing about the build being measured.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const log = (message) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// The same flags as playwright.config.ts, so the bench sees the browser the e2e suite sees.
const browserArgs = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs one section; a section that fails is reported as not measured, and the rest still run. */
const errors = [];
async function section(name, run) {
  if (!wanted(name)) return undefined;
  try {
    return await run();
  } catch (error) {
    errors.push({ section: name, message: error instanceof Error ? error.message : String(error) });
    log(`${name} could not be measured: ${errors.at(-1).message.split('\n')[0]}`);
    return undefined;
  }
}

const executablePath = ensureBrowser() || undefined;
let buildResult = { skipped: true };
if (process.argv.includes('--no-build')) log(`serving the previous build in ${outDir}`);
else {
  log('building the production bundle (react-router build)…');
  buildResult = await build();
}
const demoFiles = demoOnlyChunks(readManifest());
const port = await freePort(4390);
const server = await preview('demo', port);
log(`serving the build in demo mode at ${server.origin}`);
const browser = await chromium.launch({ executablePath, args: browserArgs });

const machine = () => ({
  cores: availableParallelism(),
  loadAverage1m: Number(loadavg()[0].toFixed(1)),
});
const report = {
  startedAt: new Date(started).toISOString(),
  machine: { atStart: machine() },
  build: buildResult,
  errors,
};
try {
  report.firstLoad = await section('first-load', () =>
    measureRoutes(browser, server.origin, { demoFiles, livePort: port + 1, log }),
  );

  report.dataOnScreen = await section('data-on-screen', () =>
    measureDataOnScreen(browser, server.origin, { runs, log }),
  );

  report.lighthouse = await section('lighthouse', () =>
    runLighthouse({
      chromePath: executablePath ?? chromium.executablePath(),
      origin: server.origin,
      routes: [
        { name: 'inventory', path: '/service-tokens' },
        { name: 'wizard', path: '/service-tokens/create/basic' },
      ],
      runs: lighthouseRuns,
      log,
    }),
  );

  report.inventory = await section('inventory', () =>
    measureInventory(browser, server.origin, { sizes: [1000, 10000, 100000], runs, log }),
  );

  report.wizard = await section('wizard', () =>
    measureWizard(browser, server.origin, { runs, log }),
  );

  report.search = await section('search', async () => {
    const result = measureSearchLatency({ size: 100000, runs: 25 });
    if (result.error) throw new Error(result.error);
    log(`demo-backend search at 100,000 tokens: ${JSON.stringify(result)}`);
    return result;
  });

  report.server = await section('server', () => measureServer({ log }));

  report.machine.atEnd = machine();
  report.figures = markSkipped(figures(report), wanted);
  report.budgets = budgets;
  report.durationMs = Date.now() - started;
  console.log('');
  printTable(report.figures);
  writeJson('bench-results/bench.json', report);
  await writeChart(
    browser,
    'bench-results/bench.png',
    report.figures,
    'Fabric Service Token Portal: npm run bench',
  );
  const busiest = Math.max(
    report.machine.atStart.loadAverage1m,
    report.machine.atEnd.loadAverage1m,
  );
  if (busiest > report.machine.atStart.cores) {
    console.log(
      `\nNOTE: the machine was busy (load average ${busiest} on ${report.machine.atStart.cores} ` +
        'cores): timings and Lighthouse performance come out slower than on a quiet machine. ' +
        'Sizes, accessibility and best practices do not depend on load.',
    );
  }
  console.log(
    `\nWrote bench-results/bench.json and bench-results/bench.png in ${(report.durationMs / 1000).toFixed(0)} s.`,
  );
} finally {
  await browser.close();
  server.stop();
}

if (errors.length > 0) {
  console.error(`\n${errors.length} section(s) could not be measured:`);
  for (const error of errors) console.error(`  ${error.section}: ${error.message}`);
  process.exit(1);
}
