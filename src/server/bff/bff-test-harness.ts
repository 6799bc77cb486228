/**
 * Unit-test harness: the BFF on a loopback port in front of a fake upstream (token API and Fabric
 * API) on another, both real `node:http` servers, so the tests cross real sockets and cookies.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, passthrough } from 'msw';
import { server as mswServer } from '@mocks/node';
import { createBffMiddleware } from './bff-middleware';
import type { BffConfig } from './bff-config';

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

function listen(server: Server): Promise<string> {
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

export async function startHarness(overrides: Partial<BffConfig> = {}) {
  // MSW intercepts Node's fetch in every unit test; these two loopback servers are real peers.
  mswServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));

  let now = 1_800_000_000_000;
  let issued = 0;
  const tokenRequests: SeenRequest[] = [];
  const apiRequests: SeenRequest[] = [];
  const script = {
    token: (): Reply | Promise<Reply> => {
      issued += 1;
      return { status: 200, body: { access_token: `bearer-${issued}`, token_timeout: '3599' } };
    },
    api: (_request: SeenRequest): Reply | Promise<Reply> => ({ status: 200, body: { ok: true } }),
  };

  const upstream = createServer((req, res) => {
    void readAll(req).then(async (body) => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      const isToken = seen.url === '/oauth2/v1/token';
      (isToken ? tokenRequests : apiRequests).push(seen);
      const reply = await (isToken ? script.token() : script.api(seen));
      res.statusCode = reply.status;
      res.setHeader('Content-Type', 'application/json');
      for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
      res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    });
  });
  const upstreamUrl = await listen(upstream);

  const config: BffConfig = {
    defaultApiBaseUrl: upstreamUrl,
    allowedApiBaseUrls: [upstreamUrl],
    upstreamTimeoutMs: 2_000,
    fetch: globalThis.fetch,
    now: () => now,
    ...overrides,
  };
  const bffMiddleware = createBffMiddleware(config);
  const bff = createServer((req, res) =>
    bffMiddleware(req, res, () => {
      res.statusCode = 404;
      res.end('not the BFF');
    }),
  );
  const bffUrl = await listen(bff);

  /** Everything the BFF sent to the browser, to search for strings that must never appear. */
  const answered: string[] = [];
  let cookie: string | undefined;

  async function call(path: string, init: RequestInit & { json?: unknown } = {}) {
    const headers = new Headers(init.headers);
    if (cookie && !headers.has('Cookie')) headers.set('Cookie', cookie);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    const response = await fetch(`${bffUrl}${path}`, {
      ...init,
      headers,
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
    });
    const text = await response.text();
    answered.push(JSON.stringify([...response.headers]), text);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    return { response, text, json: () => JSON.parse(text) as unknown };
  }

  return {
    upstreamUrl,
    bffUrl,
    config,
    tokenRequests,
    apiRequests,
    script,
    answered,
    call,
    cookie: () => cookie,
    setCookie: (value: string | undefined) => {
      cookie = value;
    },
    advanceClock: (ms: number) => {
      now += ms;
    },
    /** What the BFF knows of a page request carrying the current cookie. */
    hasSession: () =>
      bffMiddleware.hasSession({
        headers: cookie ? { cookie } : {},
      } as unknown as IncomingMessage),
    signIn: (body: Record<string, unknown> = { clientId: 'client-a', clientSecret: 's3cret-A' }) =>
      call('/bff/session', { method: 'POST', json: body }),
    close: () => Promise.all([close(bff), close(upstream)]),
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
