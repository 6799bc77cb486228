import { fileURLToPath } from 'node:url';
import { buildServer } from './app';
import { configFromEnv, type Runtime } from './config';

/**
 * `npm run serve` (`node dist-server/main.js`): the build in dist/. `npm start` / `npm run
 * start:live` (`tsx server/main.ts --dev`): the same server with Vite in middleware mode.
 */
const runtime: Runtime = process.argv.includes('--dev') ? 'dev' : 'production';

let config;
try {
  config = configFromEnv(process.env, runtime);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// The build next to this file's folder (dist-server/ → dist/), wherever the server is started
// from; `--dist=<folder>` serves another (the bench serves its own build).
const distArgument = process.argv.find((argument) => argument.startsWith('--dist='));
const distDir = distArgument
  ? distArgument.slice('--dist='.length)
  : fileURLToPath(new URL('../dist', import.meta.url));

const app = await buildServer(config, {
  page: runtime === 'dev' ? { kind: 'dev' } : { kind: 'dist', dir: distDir },
});

/** Graceful shutdown: stop accepting, let requests in flight finish, and give up after 10 s. */
const shutdownGraceMs = 10_000;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => {
      app.log.error('requests still running after 10 s: exiting');
      process.exit(1);
    }, shutdownGraceMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

await app.listen({ port: config.port, host: config.host });
app.log.info(
  `Fabric Service Token Portal (${config.mode} mode) at http://${config.host}:${config.port}`,
);
