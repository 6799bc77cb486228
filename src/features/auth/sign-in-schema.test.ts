import { describe, expect, it } from 'vitest';
import { toSignInRequest } from './sign-in-request';
import { signInSchema, type SignInValues } from './sign-in-schema';

const base: SignInValues = {
  apiBaseUrl: 'https://api.equinix.com',
  method: 'clientCredentials',
  clientId: 'my-client',
  clientSecret: 'my-secret',
  accessToken: '',
};

function problems(values: SignInValues) {
  const result = signInSchema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('signInSchema', () => {
  it('asks for what the chosen method needs, beside each field', () => {
    expect(problems({ ...base, clientId: ' ', clientSecret: '' })).toEqual({
      clientId: 'Enter the client id',
      clientSecret: 'Enter the client secret',
    });
    expect(problems({ ...base, method: 'accessToken', clientId: '', clientSecret: '' })).toEqual({
      accessToken: 'Enter the access token',
    });
  });

  it('takes only http(s) base URLs', () => {
    expect(problems({ ...base, apiBaseUrl: 'ftp://api.equinix.com' })).toEqual({
      apiBaseUrl: 'Enter an http:// or https:// URL, for example https://api.equinix.com',
    });
    expect(problems({ ...base, apiBaseUrl: '' })).toEqual({ apiBaseUrl: 'Enter the API base URL' });
  });

  it('sends only the chosen method’s fields', () => {
    expect(toSignInRequest(signInSchema.parse(base))).toEqual({
      apiBaseUrl: 'https://api.equinix.com',
      clientId: 'my-client',
      clientSecret: 'my-secret',
    });
    expect(
      toSignInRequest(signInSchema.parse({ ...base, method: 'accessToken', accessToken: ' tkn ' })),
    ).toEqual({ apiBaseUrl: 'https://api.equinix.com', accessToken: 'tkn' });
  });
});
