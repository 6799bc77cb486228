// The live-mode tests' "real API" on loopback: Prism serving the published specs, behind one base
// URL as api.equinix.com has it (`/oauth2/**` from equinix-auth.openapi.yaml, everything else from
// fabric-v4.openapi.yaml). Prism answers every request and validates it against the spec; this
// script only routes, records what Prism said (for the tests to assert), and plays the one part a
// spec-driven mock cannot: deciding whether a client secret is right. A sign-in with any other
// secret than LIVE_TEST_CLIENT_SECRET is passed to Prism with `Prefer: code=400`, so the refusal
// body is the spec's Oauth2TokenErrorResponse, written by Prism. Likewise Prism answers a create
// with the first 2xx it finds (200, the dry run's, which has no uuid); the spec documents 201 for a
// create, so a create without `dryRun=true` asks Prism for it. Prism still validates every request.
// Prism's generated `access_token` is a few lorem words ("sit"), which could turn up in any page
// text by chance; the leak check needs a value that cannot, so the router issues a random opaque
// token in its place, as a real identity provider would. The rest of the answer is Prism's.
// The portal has no test-only paths.
//
//   node e2e/live/upstream-server.mjs   (env: LIVE_UPSTREAM_PORT, FABRIC_REFERENCE_DIR)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = path.resolve(
  root,
  process.env.FABRIC_REFERENCE_DIR ?? path.join('..', 'shared', 'reference'),
);
const port = Number(process.env.LIVE_UPSTREAM_PORT ?? 4176);
const fabricPort = port + 1;
const authPort = port + 2;
const acceptedSecret = process.env.LIVE_TEST_CLIENT_SECRET ?? 'portal-e2e-secret';
const host = '127.0.0.1';

const children = [];
function startPrism(spec, prismPort, extra) {
  const bin = path.join(root, 'node_modules', '.bin', 'prism');
  const child = spawn(
    bin,
    ['mock', '-h', host, '-p', String(prismPort), ...extra, path.join(referenceDir, spec)],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  child.on('exit', (code) => {
    if (!shuttingDown) {
      console.error(`[upstream] Prism for ${spec} exited (${code})`);
      process.exit(1);
    }
  });
  children.push(child);
}

function waitForPort(prismPort, deadline = Date.now() + 60_000) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(prismPort, host);
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Prism did not listen on ${prismPort}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

/** What Prism answered, newest last; the tests read it from GET /__upstream/log. */
const log = { tokens: [], requests: [] };
const clientOfToken = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** `record` may return a replacement body for the answer. */
function relay(req, res, targetPort, body, extraHeaders, record) {
  const headers = { ...req.headers, ...extraHeaders, host: `${host}:${targetPort}` };
  delete headers.connection;
  const upstream = httpRequest(
    { host, port: targetPort, method: req.method, path: req.url, headers },
    (answer) => {
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => {
        const payload = record(answer, Buffer.concat(chunks)) ?? Buffer.concat(chunks);
        const headers = { ...answer.headers, 'content-length': String(payload.length) };
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(payload);
      });
    },
  );
  upstream.on('error', (error) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`upstream router: ${error.message}`);
  });
  upstream.end(body);
}

function parse(buffer) {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    return undefined;
  }
}

const router = createServer(async (req, res) => {
  const body = await readBody(req);
  if (req.method === 'GET' && req.url === '/__upstream/log') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(log));
    return;
  }
  if (req.url?.startsWith('/oauth2/')) {
    const sent = parse(body) ?? {};
    const accepted = sent.client_secret === acceptedSecret;
    relay(req, res, authPort, body, accepted ? {} : { prefer: 'code=400' }, (answer, payload) => {
      const answered = parse(payload) ?? {};
      if (typeof answered.access_token === 'string') {
        answered.access_token = `e2e-${randomBytes(24).toString('base64url')}`;
      }
      log.tokens.push({
        clientId: sent.client_id,
        request: sent,
        contentType: req.headers['content-type'],
        status: answer.statusCode,
        violations: answer.headers['sl-violations'] ?? null,
        body: answered,
      });
      if (answered.access_token) clientOfToken.set(answered.access_token, sent.client_id);
      return Buffer.from(JSON.stringify(answered));
    });
    return;
  }
  const url = new URL(req.url ?? '/', `http://${host}`);
  const isCreate =
    req.method === 'POST' &&
    url.pathname === '/fabric/v4/serviceTokens' &&
    url.searchParams.get('dryRun') !== 'true';
  relay(req, res, fabricPort, body, isCreate ? { prefer: 'code=201' } : {}, (answer, payload) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    log.requests.push({
      method: req.method,
      url: req.url,
      contentType: req.headers['content-type'] ?? null,
      clientId: bearer ? (clientOfToken.get(bearer) ?? null) : null,
      bearer,
      cookie: req.headers.cookie ?? null,
      body: parse(body) ?? null,
      status: answer.statusCode,
      violations: answer.headers['sl-violations'] ?? null,
      response: parse(payload) ?? null,
    });
  });
});

let shuttingDown = false;
function shutDown(code = 0) {
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  router.close();
  process.exit(code);
}
process.on('SIGTERM', () => shutDown());
process.on('SIGINT', () => shutDown());
router.on('error', (error) => {
  console.error(`[upstream] ${error.message}`);
  shutDown(1);
});

// Examples from the spec for Fabric (the tests look for them); random values for the token API,
// so each sign-in gets its own access token and the tests can tell sessions apart.
startPrism('fabric-v4.openapi.yaml', fabricPort, []);
startPrism('equinix-auth.openapi.yaml', authPort, ['--dynamic']);
await Promise.all([waitForPort(fabricPort), waitForPort(authPort)]);
router.listen(port, host, () => {
  console.log(`[upstream] Prism behind http://${host}:${port} (reference: ${referenceDir})`);
});
