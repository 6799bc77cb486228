// The server's figures (docs/decisions/014-production-server.md): autocannon on loopback, 200
// connections for 20 s, against the production server on the bench's build.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { clientDir, freePort, preview } from './server.mjs';

const load = { connections: 200, duration: 20 };

/** One autocannon run: `load`, unless the options ask for an `amount` of requests instead. */
function run(options) {
  const settings = options.amount
    ? { connections: load.connections, ...options }
    : { ...load, ...options };
  return new Promise((resolve, reject) => {
    autocannon(settings, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** What one autocannon run says, in the report's terms. */
const summary = (result) => ({
  requestsPerSecond: result.requests.average,
  megabytesPerSecond: result.throughput.average / 1e6,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx,
  requests: result.requests.total,
});

/** The process's resident memory, in MB (Linux). */
function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? Number.NaN) / 1024;
}

/** A fingerprinted script of typical size (the inventory route's), for the static figure. */
function typicalAsset() {
  const assets = readdirSync(join(clientDir, 'assets')).filter((name) => name.endsWith('.js'));
  const inventory = assets.find((name) => name.startsWith('inventory-'));
  const file = inventory ?? assets[0];
  return { path: `/assets/${file}`, bytes: statSync(join(clientDir, 'assets', file)).size };
}

export async function startStub() {
  const port = await freePort(4480);
  const child = spawn('node', ['scripts/bench/stub-upstream.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

const listPath = '/fabric/v4/serviceTokens?offset=0&limit=20';
const signIn = JSON.stringify({ clientId: 'bench-client', clientSecret: 'bench-secret' });

export async function measureServer({ log }) {
  const report = {};
  const demo = await preview('demo', await freePort(4450));
  try {
    const asset = typicalAsset();
    log(`server: static ${asset.path} (${asset.bytes} bytes), ${load.connections} connections…`);
    report.static = {
      ...summary(await run({ url: demo.origin + asset.path })),
      bytes: asset.bytes,
    };
  } finally {
    demo.stop();
  }

  const stub = await startStub();
  const live = await preview('live', await freePort(4460), {
    FABRIC_API_URL: stub.origin,
    // Every sign-in comes from 127.0.0.1: the total cap is the one the memory figure is about.
    SESSIONS_PER_ADDRESS: '1000000',
  });
  try {
    const answer = await fetch(`${live.origin}/bff/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: signIn,
    });
    const cookie = answer.headers.get('set-cookie')?.split(';')[0] ?? '';
    if (answer.status !== 204 || !cookie)
      throw new Error(`bench sign-in answered ${answer.status}`);

    log('server: API calls straight to the stub…');
    report.direct = summary(
      await run({ url: stub.origin + listPath, headers: { authorization: 'Bearer bench-token' } }),
    );
    log('server: the same calls through the BFF…');
    report.viaBff = summary(await run({ url: live.origin + listPath, headers: { cookie } }));
    report.addedP50Ms = report.viaBff.p50Ms - report.direct.p50Ms;
    report.addedP99Ms = report.viaBff.p99Ms - report.direct.p99Ms;

    const before = residentMb(live.pid);
    log('server: 10,000 sign-ins…');
    const signIns = await run({
      url: `${live.origin}/bff/session`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: signIn,
      connections: 50,
      amount: 10_000,
    });
    const afterSignIns = residentMb(live.pid);
    const pastCap = await run({
      url: `${live.origin}/bff/session`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: signIn,
      connections: 50,
      amount: 2_000,
    });
    report.signIns = {
      accepted: signIns.statusCodeStats['204']?.count ?? 0,
      memoryGrowthMb: afterSignIns - before,
      refusedPastCap: pastCap.statusCodeStats['429']?.count ?? 0,
      memoryGrowthPastCapMb: residentMb(live.pid) - afterSignIns,
    };
  } finally {
    live.stop();
    stub.stop();
  }
  log(`server: ${JSON.stringify(report)}`);
  return report;
}
