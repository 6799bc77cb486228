import type { SignInRequest } from './api/bff-session';
import type { SignInValues } from './sign-in-schema';

/** The BFF's sign-in body for the chosen method: only that method's credentials are sent. */
export function toSignInRequest(values: SignInValues): SignInRequest {
  return values.method === 'accessToken'
    ? { apiBaseUrl: values.apiBaseUrl, accessToken: values.accessToken }
    : {
        apiBaseUrl: values.apiBaseUrl,
        clientId: values.clientId,
        clientSecret: values.clientSecret,
      };
}
