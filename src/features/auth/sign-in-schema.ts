import { z } from '@/lib/zod';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * One form, two ways in: client credentials (the OAuth2 client) or an access token in hand.
 */
export const signInSchema = z
  .object({
    apiBaseUrl: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: 'Enter the API base URL', abort: true }),
        z.refine(
          isHttpUrl,
          'Enter an http:// or https:// URL, for example https://api.equinix.com',
        ),
      ),
    method: z.enum(['clientCredentials', 'accessToken']),
    clientId: z.string().check(z.trim()),
    clientSecret: z.string(),
    accessToken: z.string().check(z.trim()),
  })
  .check(
    z.superRefine((values, context) => {
      const missing = (path: 'clientId' | 'clientSecret' | 'accessToken', message: string) =>
        context.addIssue({ code: 'custom', path: [path], message });
      if (values.method === 'accessToken') {
        if (!values.accessToken) missing('accessToken', 'Enter the access token');
        return;
      }
      if (!values.clientId) missing('clientId', 'Enter the client id');
      if (!values.clientSecret) missing('clientSecret', 'Enter the client secret');
    }),
  );

export type SignInValues = z.infer<typeof signInSchema>;
export type SignInField = keyof SignInValues;
