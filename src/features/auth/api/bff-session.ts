import { apiErrorFromResponse, ApiError, networkError } from '@/api/api-error';
import { z } from '@/lib/zod';

/**
 * The portal server's session endpoints (`/bff/session`, live mode only; see
 * docs/decisions/004-live-mode-bff.md). They are not part of the Fabric API, so they are not in
 * the contract; this module is the one place the page calls them.
 */
/** What the server says of the page's session; never a secret or a token. */
const bffSessionStatusSchema = z.object({
  signedIn: z.boolean(),
  /** `environment`: the server signs everyone in with FABRIC_CLIENT_ID / FABRIC_CLIENT_SECRET. */
  source: z.optional(z.enum(['session', 'environment'])),
  apiBaseUrl: z.optional(z.string()),
  clientId: z.optional(z.string()),
  defaultApiBaseUrl: z.string(),
  allowedApiBaseUrls: z.union([z.array(z.string()), z.literal('any')]),
});
export type BffSessionStatus = z.infer<typeof bffSessionStatusSchema>;

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
  status: async (): Promise<BffSessionStatus> => {
    const response = await call('GET');
    const answer = bffSessionStatusSchema.safeParse(await response.json().catch(() => undefined));
    if (answer.success) return answer.data;
    throw new ApiError(
      'unreadable',
      response.status,
      [],
      undefined,
      "The portal's server answered the session check in a shape the page does not know.",
    );
  },
  /** The secret travels once, in this POST body, and the server keeps it; the page keeps nothing. */
  signIn: async (request: SignInRequest) => {
    await call('POST', request);
  },
  signOut: async () => {
    await call('DELETE');
  },
};
