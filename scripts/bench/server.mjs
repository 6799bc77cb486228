// Builds the production bundle (as `react-router build` does) and the server into their own
// folders and serves them as `npm run serve` does.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild, createBuilder, minifySync } from 'vite';

/**
 * The bench's own build, so it never overwrites the dist/ someone's e2e run is serving
 * (`PORTAL_BUILD_DIR`, read by react-router.config.ts). The browser's files are in client/.
 */
export const outDir = 'bench-results/dist';
export const clientDir = join(outDir, 'client');
export const serverOutDir = 'bench-results/dist-server';

/**
 * What `react-router build` runs (Vite's app builder with the project's config: the client
 * build, then the prerendering), plus Vite's manifest and a record of which package or source
 * folder each chunk's bytes come from (so a missed budget can name its culprit).
 */
export async function build() {
  const started = Date.now();
  const composition = {};
  process.env.PORTAL_BUILD_DIR = outDir;
  const builder = await createBuilder({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'warn',
    build: { manifest: true },
    plugins: [chunkComposition(composition)],
  });
  await builder.buildApp();
  writeFileSync(join(clientDir, '.vite', 'composition.json'), JSON.stringify(composition));
  await viteBuild({ configFile: 'server/vite.config.ts', build: { outDir: serverOutDir } });
  return { ms: Date.now() - started };
}

const owner = (id) => {
  const inPackage = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1];
  const local = id.replace(/\\/g, '/').replace(`${process.cwd()}/`, '').replace(/\?.*$/, '');
  return local
    .split('/')
    .slice(0, local.startsWith('src/features/') ? 3 : 2)
    .join('/');
};

/** Per chunk: bytes (minified, gzipped one owner at a time, so an estimate) per package. */
function chunkComposition(composition) {
  return {
    name: 'bench-chunk-composition',
    apply: 'build',
    generateBundle(_options, bundle) {
      // The browser's chunks only, not the build-time rendering's.
      if (this.environment?.name !== 'client') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const code = {};
        for (const [id, module] of Object.entries(chunk.modules ?? {})) {
          const key = owner(id);
          code[key] = (code[key] ?? '') + (module.code ?? '') + '\n';
        }
        composition[`/${chunk.fileName}`] = Object.fromEntries(
          Object.entries(code).map(([key, text]) => {
            let minified = text;
            try {
              minified = minifySync('module.js', text).code;
            } catch {
              // Fragments that do not minify alone are counted as they are.
            }
            return [key, gzipSync(minified).length];
          }),
        );
      }
    },
  };
}

export function readComposition() {
  const file = join(clientDir, '.vite', 'composition.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** Vite's build manifest: which source module became which chunk. */
export function readManifest() {
  return JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8'));
}

export async function freePort(from = 4390) {
  for (let port = from; port < from + 100; port += 1) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${from} and ${from + 99}`);
}

/**
 * Starts the production server (`npm run serve`) on the bench's build in the given portal mode;
 * resolves once it answers. `env` adds settings (an upstream, limits).
 */
export async function preview(mode = 'demo', port, env = {}) {
  const child = spawn('node', [join(serverOutDir, 'main.js'), `--dist=${outDir}`], {
    env: {
      ...process.env,
      PORTAL_MODE: mode,
      PORT: String(port),
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    try {
      const response = await fetch(origin, { headers: { accept: 'text/html' } });
      if (response.ok) {
        return {
          origin,
          pid: child.pid,
          headers: Object.fromEntries(response.headers),
          // The server runs in its own process group, so stopping it ends it and nothing else.
          stop: () => {
            try {
              process.kill(-child.pid, 'SIGTERM');
            } catch {
              // Already gone.
            }
          },
        };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error(`the server did not answer on ${origin} within 60 s:\n${output}`);
}
