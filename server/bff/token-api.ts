import { errorList, type ErrorEntry } from '../errors';
import { callUpstream, unreachable } from './upstream';

export type TokenResult =
  | { ok: true; accessToken: string; expiresAt: number }
  | { ok: false; status: 401 | 502 | 504; body: ErrorEntry[] };

/** The token API documents "valid for 60 minutes" (`token_timeout` default 3599). */
const documentedLifetimeSeconds = 3599;

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Equinix sends `token_timeout` as a string of seconds; standard OAuth2 servers send `expires_in`. */
function lifetimeSeconds(body: Record<string, unknown>): number {
  for (const value of [body.expires_in, body.token_timeout]) {
    const seconds = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
    if (Number.isFinite(seconds) && seconds > 0) return seconds;
  }
  return documentedLifetimeSeconds;
}

/** Codes are short identifiers; anything else (or anything holding the secret) is not relayed. */
function safeCode(value: unknown, secret: string): string | undefined {
  const code = text(value);
  if (!code || !/^[A-Za-z0-9._-]{1,64}$/.test(code) || code.includes(secret)) return undefined;
  return code;
}

/**
 * The token API's refusal, in the ErrorList shape the page reads: its code (the spec's
 * `Oauth2TokenErrorResponse.error_code`, RFC 6749's `error`, or a Fabric ErrorList's) and a
 * plain message of ours. Its own texts (`error_message`, `developer_message`) are not relayed: a
 * token API that echoes the request would put the client secret on the page.
 */
function refusal(
  status: number,
  raw: Buffer,
  correlationId: string | undefined,
  secret: string,
): ErrorEntry[] {
  const parsed = parseJson(raw);
  const body = Array.isArray(parsed) ? {} : asRecord(parsed);
  const fabric = Array.isArray(parsed) ? asRecord(parsed[0]) : undefined;
  return errorList(
    safeCode(body.error_code, secret) ??
      safeCode(body.error, secret) ??
      safeCode(fabric?.errorCode, secret) ??
      'BFF-TOKEN-REJECTED',
    `The token API refused them (HTTP ${status})`,
    correlationId ? { correlationId } : {},
  );
}

/** `POST /oauth2/v1/token` with `grant_type: client_credentials`, as equinix-auth.openapi.yaml has it. */
export async function requestAccessToken(
  timeoutMs: number,
  apiBaseUrl: string,
  credentials: { clientId: string; clientSecret: string },
): Promise<TokenResult> {
  const result = await callUpstream(timeoutMs, `${apiBaseUrl}/oauth2/v1/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    }),
  });
  if (!result.reached) return { ok: false, ...unreachable(apiBaseUrl, result) };
  const { response, body } = result;
  const correlationId = response.headers.get('x-correlation-id') ?? undefined;
  if (response.ok) {
    const parsed = asRecord(parseJson(body));
    const accessToken = text(parsed.access_token);
    if (accessToken) {
      return {
        ok: true,
        accessToken,
        expiresAt: Date.now() + lifetimeSeconds(parsed) * 1000,
      };
    }
    return {
      ok: false,
      status: 502,
      body: errorList('BFF-TOKEN-API-ERROR', 'The token API answered without an access_token'),
    };
  }
  // The spec documents 400 for wrong credentials; gateways also answer 401 or 403.
  if ([400, 401, 403].includes(response.status)) {
    return {
      ok: false,
      status: 401,
      body: refusal(response.status, body, correlationId, credentials.clientSecret),
    };
  }
  return {
    ok: false,
    status: 502,
    body: errorList(
      'BFF-TOKEN-API-ERROR',
      `The token API at ${apiBaseUrl} failed (HTTP ${response.status})`,
      correlationId ? { correlationId } : {},
    ),
  };
}
