import type { Session } from '../sessions/session';
import type { SignIn } from './sign-in-request';
import { requestAccessToken, type TokenResult } from './token-api';
import { callUpstream, unreachable } from './upstream';
import { errorList } from '../errors';

/**
 * A session only exists once the API has accepted what the sign-in brought: client credentials
 * at the token API, a hand-given access token by one cheap call (one service token). Nothing the
 * API has not accepted takes up room in the store.
 */
export async function verifySignIn(
  signIn: SignIn,
  timeoutMs: number,
): Promise<{ ok: true; session: Session } | Extract<TokenResult, { ok: false }>> {
  const { credentials, apiBaseUrl } = signIn;
  if (credentials.kind === 'clientCredentials') {
    const token = await requestAccessToken(timeoutMs, apiBaseUrl, credentials);
    if (!token.ok) return token;
    return {
      ok: true,
      session: {
        apiBaseUrl,
        credentials,
        accessToken: token.accessToken,
        expiresAt: token.expiresAt,
      },
    };
  }
  const accessToken = signIn.accessToken ?? '';
  const check = await callUpstream(
    timeoutMs,
    `${apiBaseUrl}/fabric/v4/serviceTokens?offset=0&limit=1`,
    {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
    },
  );
  if (!check.reached) return { ok: false, ...unreachable(apiBaseUrl, check) };
  if (check.response.status === 401 || check.response.status === 403) {
    return {
      ok: false,
      status: 401,
      body: errorList(
        'BFF-TOKEN-REJECTED',
        `The API at ${apiBaseUrl} did not accept this access token`,
      ),
    };
  }
  if (!check.response.ok) {
    return {
      ok: false,
      status: 502,
      body: errorList(
        'BFF-TOKEN-API-ERROR',
        `The API at ${apiBaseUrl} could not check the access token (HTTP ${check.response.status})`,
      ),
    };
  }
  return { ok: true, session: { apiBaseUrl, credentials, accessToken, expiresAt: undefined } };
}
