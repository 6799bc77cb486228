import { apiErrorFromResponse, networkError } from '@/api/api-error';

/**
 * The portal server's session endpoints (`/bff/session`, live mode only; see
 * docs/decisions/004-live-mode-bff.md). They are not part of the Fabric API, so they are not in
 * the contract; this module is the one place the page calls them.
 */
export interface BffSessionStatus {
  signedIn: boolean;
  /** `environment`: the server signs everyone in with FABRIC_CLIENT_ID / FABRIC_CLIENT_SECRET. */
  source?: 'session' | 'environment';
  apiBaseUrl?: string;
  clientId?: string;
  defaultApiBaseUrl: string;
  allowedApiBaseUrls: string[] | 'any';
}

export type SignInRequest =
  | { apiBaseUrl: string; clientId: string; clientSecret: string }
  | { apiBaseUrl: string; accessToken: string };

const sessionUrl = '/bff/session';

/** Failures become the same ApiError as the API's: code, message, correlation id. */
async function call(method: 'GET' | 'POST' | 'DELETE', body?: SignInRequest): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(sessionUrl, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body
        ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
        : {}),
    });
  } catch (error) {
    throw networkError(error);
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return response;
}

export const bffSession = {
  status: async () => (await (await call('GET')).json()) as BffSessionStatus,
  /** The secret travels once, in this POST body, and the server keeps it; the page keeps nothing. */
  signIn: async (request: SignInRequest) => {
    await call('POST', request);
  },
  signOut: async () => {
    await call('DELETE');
  },
};
