// `npm test`: every check, in order — types, lint, format, unit tests, end-to-end tests in Chromium.
// It runs them all, prints what each did, and closes with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  // The page's code and the server's, each against its own tsconfig (server/tsconfig.json).
  { name: 'types', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'] },
  {
    name: 'unit',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/unit.json`,
    ],
    report: `${reports}/unit.json`,
  },
  { name: 'e2e', command: ['node', 'scripts/e2e.mjs'], report: `${reports}/e2e.json` },
];

const counts = { passed: 0, failed: 0, skipped: 0 };
const outcomes = [];

for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  outcomes.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s)`);
  if (step.report) {
    const tally = readTally(step.report);
    if (tally) {
      counts.passed += tally.passed;
      counts.failed += tally.failed;
      counts.skipped += tally.skipped;
    } else if (!ok) counts.failed += 1;
  } else if (ok) counts.passed += 1;
  else counts.failed += 1;
}

function readTally(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    };
  }
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

console.log('\n=== summary');
for (const line of outcomes) console.log(line);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
const failedSteps = outcomes.filter((line) => line.startsWith('FAIL')).length;
process.exit(failedSteps > 0 || counts.failed > 0 ? 1 : 0);
