import { errorList, type ErrorEntry } from '../errors';
import type { Session } from '../sessions/session';
import { isAllowedApiBaseUrl, normalizeApiBaseUrl } from './api-base-url';

/** `{ apiBaseUrl?, clientId, clientSecret } | { apiBaseUrl?, accessToken }`, checked field by field. */
export type SignIn = Omit<Session, 'accessToken' | 'expiresAt'> & { accessToken?: string };

function invalid(property: string, reason: string): ErrorEntry[] {
  return errorList('BFF-INVALID-REQUEST', reason, { additionalInfo: [{ property, reason }] });
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** The sign-in the page posted, or the ErrorList naming the field that is wrong. */
export function parseSignIn(
  body: unknown,
  defaultApiBaseUrl: string,
  allowedApiBaseUrls: string[] | 'any',
): SignIn | ErrorEntry[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('/', 'The body must be a JSON object');
  }
  const fields = body as Record<string, unknown>;
  const requested = stringField(fields, 'apiBaseUrl');
  const apiBaseUrl = requested ? normalizeApiBaseUrl(requested) : defaultApiBaseUrl;
  if (!apiBaseUrl) return invalid('apiBaseUrl', 'Enter an http:// or https:// URL');
  if (!isAllowedApiBaseUrl(allowedApiBaseUrls, apiBaseUrl)) {
    const allowed = allowedApiBaseUrls === 'any' ? [] : allowedApiBaseUrls;
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
