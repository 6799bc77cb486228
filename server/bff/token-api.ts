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

/**
 * The token API's refusal, in the ErrorList shape the page reads. The spec's
 * `Oauth2TokenErrorResponse` (`error_code`, `error_message`, `developer_message`) comes first;
 * RFC 6749 (`error`, `error_description`) and the Fabric ErrorList are read too.
 */
function refusal(status: number, raw: Buffer, correlationId: string | undefined): ErrorEntry[] {
  const parsed = parseJson(raw);
  const body = Array.isArray(parsed) ? {} : asRecord(parsed);
  const fabric = Array.isArray(parsed) ? asRecord(parsed[0]) : undefined;
  const message =
    text(body.error_message) ??
    text(body.error_description) ??
    text(fabric?.errorMessage) ??
    text(body.message) ??
    `The token API answered HTTP ${status}`;
  const details = text(body.developer_message) ?? text(fabric?.details);
  return errorList(
    text(body.error_code) ?? text(body.error) ?? text(fabric?.errorCode) ?? 'BFF-TOKEN-REJECTED',
    message,
    {
      ...(details ? { details } : {}),
      ...(correlationId ? { correlationId } : {}),
    },
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
    return { ok: false, status: 401, body: refusal(response.status, body, correlationId) };
  }
  const [entry] = refusal(response.status, body, correlationId);
  return {
    ok: false,
    status: 502,
    body: errorList(
      'BFF-TOKEN-API-ERROR',
      `The token API at ${apiBaseUrl} failed (HTTP ${response.status}): ${entry?.errorMessage}`,
      correlationId ? { correlationId } : {},
    ),
  };
}
