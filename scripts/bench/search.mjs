// The demo backend's own search latency, measured in Node by its `measureSearch` (mocks/search).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function measureSearchLatency({ size, runs }) {
  if (!existsSync('mocks/search/bench.ts')) {
    return { error: 'mocks/search/bench.ts does not exist yet' };
  }
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/search-latency.ts', String(size), String(runs)],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) return { error: result.stderr.trim() || `exit ${result.status}` };
  const lastLine = result.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(lastLine);
}
