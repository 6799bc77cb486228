/**
 * Unit-test harness: the portal server (Fastify's `inject`, no socket) in front of a fake upstream
 * (token API and Fabric API) on a real loopback port, so the proxy crosses a real socket.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { buildServer, type ServerOptions } from './app';
import { configFromEnv, type ServerConfig } from './config';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A loopback port nothing listens on (any more). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await close(server);
  return url;
}

export const testSecret = 'a-session-secret-for-tests-only-0123456789';

/** The server's settings for a test: live mode against `upstreamUrl`, then `env` on top. */
export function testConfig(upstreamUrl: string, env: NodeJS.ProcessEnv = {}): ServerConfig {
  return configFromEnv(
    {
      PORTAL_MODE: 'live',
      FABRIC_API_URL: upstreamUrl,
      SESSION_SECRET: testSecret,
      LOG_LEVEL: 'info',
      ...env,
    },
    'production',
  );
}

/** A fake token API and Fabric API; `script` decides what they answer. */
export async function startUpstream() {
  let issued = 0;
  const tokenRequests: SeenRequest[] = [];
  const apiRequests: SeenRequest[] = [];
  const script = {
    token: (_request: SeenRequest): Reply | Promise<Reply> => {
      issued += 1;
      return { status: 200, body: { access_token: `bearer-${issued}`, token_timeout: '3599' } };
    },
    api: (_request: SeenRequest): Reply | Promise<Reply> => ({ status: 200, body: { ok: true } }),
  };
  const server = createServer((req, res) => {
    void readAll(req).then(async (body) => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      const isToken = seen.url === '/oauth2/v1/token';
      (isToken ? tokenRequests : apiRequests).push(seen);
      const reply = await (isToken ? script.token(seen) : script.api(seen));
      res.statusCode = reply.status;
      res.setHeader('Content-Type', 'application/json');
      for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
      res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    });
  });
  const url = await listen(server);
  return { url, script, tokenRequests, apiRequests, close: () => close(server) };
}

export type Upstream = Awaited<ReturnType<typeof startUpstream>>;

type CallInit = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'HEAD';
  headers?: Record<string, string>;
  body?: string;
  json?: unknown;
};

/** One browser (one cookie) talking to one server instance. */
export function browser(app: Awaited<ReturnType<typeof buildServer>>, answered: string[] = []) {
  let cookie: string | undefined;
  async function call(path: string, init: CallInit = {}) {
    const headers: Record<string, string> = { ...init.headers };
    if (cookie && !('cookie' in headers)) headers.cookie = cookie;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const answer = await app.inject({
      method: init.method ?? 'GET',
      url: path,
      headers,
      ...(init.json !== undefined ? { payload: JSON.stringify(init.json) } : {}),
      ...(init.body !== undefined ? { payload: init.body } : {}),
    });
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      for (const one of [value].flat())
        if (one !== undefined) responseHeaders.append(name, String(one));
    }
    answered.push(JSON.stringify(answer.headers), answer.body);
    const setCookie = responseHeaders.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    return {
      response: { status: answer.statusCode, headers: responseHeaders },
      text: answer.body,
      json: () => JSON.parse(answer.body) as unknown,
    };
  }
  return {
    call,
    cookie: () => cookie,
    setCookie: (value: string | undefined) => {
      cookie = value;
    },
    signIn: (body: Record<string, unknown> = { clientId: 'client-a', clientSecret: 's3cret-A' }) =>
      call('/bff/session', { method: 'POST', json: body }),
  };
}

/** Collects the server's JSON log lines. */
export function logCollector() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { lines, stream };
}

export interface HarnessOptions {
  env?: NodeJS.ProcessEnv;
  page?: ServerOptions['page'];
}

/** One live-mode server instance in front of a fresh fake upstream, and one browser. */
export async function startHarness({ env = {}, page = { kind: 'none' } }: HarnessOptions = {}) {
  const upstream = await startUpstream();
  const log = logCollector();
  const config = testConfig(upstream.url, env);
  const app = await buildServer(config, { page, logStream: log.stream });
  await app.ready();
  const answered: string[] = [];
  return {
    ...browser(app, answered),
    app,
    config,
    upstreamUrl: upstream.url,
    tokenRequests: upstream.tokenRequests,
    apiRequests: upstream.apiRequests,
    script: upstream.script,
    answered,
    log: log.lines,
    /** Moves the server's clock (Date only; sockets and timers run as usual). */
    advanceClock: (ms: number) => {
      if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + ms);
    },
    /** The API goes away (its port stays closed). */
    stopUpstream: () => upstream.close(),
    close: async () => {
      vi.useRealTimers();
      await app.close();
      await upstream.close().catch(() => undefined);
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
