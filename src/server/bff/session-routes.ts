import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAllowedApiBaseUrl, normalizeApiBaseUrl, type BffConfig } from './bff-config';
import { errorList, readBody, sendJson, type ErrorEntry } from './http';
import { clearSessionCookie, readSessionId, setSessionCookie } from './session-cookie';
import type { BffSession, SessionStore } from './session-store';
import { requestAccessToken } from './token-api';

type SignIn = Omit<BffSession, 'lastUsedAt' | 'accessToken' | 'expiresAt'> & {
  accessToken?: string;
};

function invalid(property: string, reason: string): ErrorEntry[] {
  return errorList('BFF-INVALID-REQUEST', reason, { additionalInfo: [{ property, reason }] });
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** `{ apiBaseUrl?, clientId, clientSecret } | { apiBaseUrl?, accessToken }`, checked field by field. */
function parseSignIn(config: BffConfig, raw: Buffer): SignIn | ErrorEntry[] {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return invalid('/', 'The body must be a JSON object');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('/', 'The body must be a JSON object');
  }
  const fields = body as Record<string, unknown>;
  const requested = stringField(fields, 'apiBaseUrl');
  const apiBaseUrl = requested ? normalizeApiBaseUrl(requested) : config.defaultApiBaseUrl;
  if (!apiBaseUrl) return invalid('apiBaseUrl', 'Enter an http:// or https:// URL');
  if (!isAllowedApiBaseUrl(config, apiBaseUrl)) {
    const allowed = config.allowedApiBaseUrls === 'any' ? [] : config.allowedApiBaseUrls;
    return invalid('apiBaseUrl', `This portal's server only connects to ${allowed.join(', ')}`);
  }
  const accessToken = stringField(fields, 'accessToken');
  if (accessToken) {
    return { apiBaseUrl, credentials: { kind: 'accessToken' }, accessToken: accessToken.trim() };
  }
  const clientId = stringField(fields, 'clientId');
  const clientSecret = stringField(fields, 'clientSecret');
  if (!clientId) return invalid('clientId', 'Enter the client id, or an access token');
  if (!clientSecret) return invalid('clientSecret', 'Enter the client secret');
  return {
    apiBaseUrl,
    credentials: { kind: 'clientCredentials', clientId: clientId.trim(), clientSecret },
  };
}

async function signIn(
  config: BffConfig,
  store: SessionStore,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, errorList('BFF-INVALID-REQUEST', 'Send the sign-in as JSON'));
  }
  const parsed = parseSignIn(config, await readBody(req, 16 * 1024));
  if (Array.isArray(parsed)) return sendJson(res, 400, parsed);
  let token: { accessToken: string; expiresAt: number | undefined };
  if (parsed.credentials.kind === 'clientCredentials') {
    const result = await requestAccessToken(config, parsed.apiBaseUrl, parsed.credentials);
    if (!result.ok) return sendJson(res, result.status, result.body);
    token = result;
  } else {
    token = { accessToken: parsed.accessToken ?? '', expiresAt: undefined };
  }
  // A new sign-in replaces the old session; the old id stops working at once.
  store.delete(readSessionId(req));
  const id = store.create({ ...parsed, ...token });
  setSessionCookie(req, res, id);
  res.statusCode = 204;
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

function describe(
  config: BffConfig,
  store: SessionStore,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const resolved = store.resolve(readSessionId(req));
  const { credentials } = resolved?.session ?? {};
  sendJson(res, 200, {
    signedIn: Boolean(resolved),
    ...(resolved
      ? {
          source: resolved.source,
          apiBaseUrl: resolved.session.apiBaseUrl,
          ...(credentials?.kind === 'clientCredentials' ? { clientId: credentials.clientId } : {}),
        }
      : {}),
    defaultApiBaseUrl: config.defaultApiBaseUrl,
    allowedApiBaseUrls: config.allowedApiBaseUrls,
  });
}

function signOut(store: SessionStore, req: IncomingMessage, res: ServerResponse) {
  store.delete(readSessionId(req));
  clearSessionCookie(req, res);
  res.statusCode = 204;
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

/** `GET | POST | DELETE /bff/session`. */
export async function handleSession(
  config: BffConfig,
  store: SessionStore,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  switch (req.method) {
    case 'GET':
      return describe(config, store, req, res);
    case 'POST':
      return signIn(config, store, req, res);
    case 'DELETE':
      return signOut(store, req, res);
    default:
      res.setHeader('Allow', 'GET, POST, DELETE');
      return sendJson(
        res,
        405,
        errorList('BFF-METHOD-NOT-ALLOWED', `${req.method} is not allowed`),
      );
  }
}
