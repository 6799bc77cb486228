import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { normalizeApiBaseUrl } from './bff/api-base-url';

/**
 * The server's settings, parsed once from the environment (README "Settings"). A bad or missing
 * setting stops the server with a message naming every one, instead of a half-working start.
 */

const defaultApiBaseUrl = 'https://api.equinix.com';

const apiUrl = z
  .string()
  .transform((value, context) => normalizeApiBaseUrl(value) ?? invalid(context, 'an http(s) URL'));

function invalid(context: z.core.$RefinementCtx<string>, expected: string): never {
  context.addIssue({ code: 'custom', message: `must be ${expected}, got "${context.value}"` });
  return z.NEVER;
}

const list = (value: string) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const seconds = (fallback: number) => z.coerce.number().positive().default(fallback);

/** Fastify's `trustProxy`: `true` (any proxy), or the proxies' addresses and CIDR ranges. */
const trustProxy = z
  .string()
  .default('false')
  .transform((value): boolean | string[] =>
    value === 'true' || value === 'false' ? value === 'true' : list(value),
  );

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORTAL_MODE: z.enum(['demo', 'live']).default('demo'),
  FABRIC_API_URL: apiUrl.default(defaultApiBaseUrl),
  FABRIC_ALLOWED_API_URLS: z
    .string()
    .default('')
    .transform((value, context) =>
      list(value).map((entry) =>
        entry === '*' ? entry : (normalizeApiBaseUrl(entry) ?? invalid(context, 'http(s) URLs')),
      ),
    ),
  FABRIC_CLIENT_ID: z.string().trim().optional(),
  FABRIC_CLIENT_SECRET: z.string().optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  TRUST_PROXY: trustProxy,
  ALLOWED_HOSTS: z.string().default('').transform(list),
  SESSION_IDLE_MINUTES: positive(30),
  SESSION_MAX_HOURS: positive(12),
  SESSIONS_PER_ADDRESS: positive(20),
  SESSIONS_MAX: positive(10_000),
  SIGN_IN_FAILURES: positive(5),
  SIGN_IN_WINDOW_MINUTES: positive(15),
  UPSTREAM_TIMEOUT_SECONDS: seconds(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServerEnvironment = z.output<typeof environmentSchema>;

/** `dev`: Vite in middleware mode (`npm start`); `production`: the build (`npm run serve`). */
export type Runtime = 'dev' | 'production';

export interface ServerConfig {
  runtime: Runtime;
  port: number;
  host: string;
  mode: 'demo' | 'live';
  /** Host header values the server answers; anything else gets 403 (DNS rebinding). */
  allowedHosts: string[];
  trustProxy: boolean | string[];
  logLevel: ServerEnvironment['LOG_LEVEL'];
  redisUrl: string | undefined;
  sessionSecret: string;
  bff: {
    defaultApiBaseUrl: string;
    /** The API base URLs a sign-in may name: a deployed server is not an open proxy. */
    allowedApiBaseUrls: string[] | 'any';
    environmentCredentials: { clientId: string; clientSecret: string } | undefined;
    upstreamTimeoutMs: number;
  };
  sessions: { idleMs: number; absoluteMs: number; perAddress: number; max: number };
  signIn: { failures: number; windowMs: number };
}

const loopbackHosts = ['127.0.0.1', 'localhost', '[::1]'];

/** Parses the environment or throws one error naming every problem. */
export function configFromEnv(env: NodeJS.ProcessEnv, runtime: Runtime): ServerConfig {
  const parsed = environmentSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const settings = parsed.data;
  if (settings) {
    if (Boolean(settings.FABRIC_CLIENT_ID) !== Boolean(settings.FABRIC_CLIENT_SECRET)) {
      problems.push('FABRIC_CLIENT_ID, FABRIC_CLIENT_SECRET: set both or neither');
    }
    // A generated secret dies with the process: fine for one development process, wrong where
    // sessions must outlive a restart or be shared (docs/decisions/014-production-server.md).
    if (!settings.SESSION_SECRET && runtime === 'production' && settings.PORTAL_MODE === 'live') {
      problems.push('SESSION_SECRET: required for live mode (at least 32 random characters)');
    }
    if (!settings.SESSION_SECRET && settings.REDIS_URL) {
      problems.push('SESSION_SECRET: required with REDIS_URL (every instance needs the same one)');
    }
  }
  if (problems.length > 0 || !settings) {
    throw new Error(`The server's settings are invalid:\n  ${problems.join('\n  ')}`);
  }
  return fromSettings(settings, runtime);
}

function fromSettings(settings: ServerEnvironment, runtime: Runtime): ServerConfig {
  const host = settings.HOST;
  const wildcard = host === '0.0.0.0' || host === '::';
  const allowed = settings.FABRIC_ALLOWED_API_URLS;
  const { FABRIC_CLIENT_ID: clientId, FABRIC_CLIENT_SECRET: clientSecret } = settings;
  return {
    runtime,
    port: settings.PORT ?? (runtime === 'dev' ? 5173 : 4173),
    host,
    mode: settings.PORTAL_MODE,
    allowedHosts: [
      ...new Set([...loopbackHosts, ...(wildcard ? [] : [host]), ...settings.ALLOWED_HOSTS]),
    ],
    trustProxy: settings.TRUST_PROXY,
    logLevel: settings.LOG_LEVEL,
    redisUrl: settings.REDIS_URL,
    sessionSecret: settings.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
    bff: {
      defaultApiBaseUrl: settings.FABRIC_API_URL,
      allowedApiBaseUrls: allowed.includes('*')
        ? 'any'
        : [...new Set([settings.FABRIC_API_URL, ...allowed])],
      environmentCredentials: clientId && clientSecret ? { clientId, clientSecret } : undefined,
      upstreamTimeoutMs: settings.UPSTREAM_TIMEOUT_SECONDS * 1000,
    },
    sessions: {
      idleMs: settings.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: settings.SESSION_MAX_HOURS * 3_600_000,
      perAddress: settings.SESSIONS_PER_ADDRESS,
      max: settings.SESSIONS_MAX,
    },
    signIn: {
      failures: settings.SIGN_IN_FAILURES,
      windowMs: settings.SIGN_IN_WINDOW_MINUTES * 60_000,
    },
  };
}
