import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { isApiError } from '@/api/api-error';

interface Props {
  error: unknown;
  apiBaseUrl: string;
  /** What was typed as a secret (client secret, access token): no text repeating one is shown. */
  secrets: readonly string[];
}

function headline(error: unknown, apiBaseUrl: string, message: string | undefined): string {
  if (!isApiError(error)) return 'Sign-in failed';
  if (error.kind === 'network') return 'The portal’s server could not be reached';
  if (error.status === 401) {
    return `The client id or secret was not accepted${message ? `: ${message}` : ''}`;
  }
  if (error.code === 'BFF-UNREACHABLE') return `Could not reach the API at ${apiBaseUrl}`;
  // The server's message below says how long to wait (docs/decisions/014-production-server.md).
  if (error.status === 429) return 'Too many sign-in attempts';
  if (error.status === 502) return 'The token API failed to answer';
  return 'Sign-in failed';
}

/**
 * Why the sign-in failed: the error's code, message and correlation id. A server that echoes the
 * request could put the secret in any of them; whatever repeats it is left out.
 */
export function SignInError({ error, apiBaseUrl, secrets }: Props) {
  const typed = secrets.filter(Boolean);
  const shown = (text: string | undefined) =>
    text && typed.some((secret) => text.includes(secret)) ? undefined : text;
  const apiError = isApiError(error) ? error : undefined;
  const message = shown(error instanceof Error ? error.message : undefined);
  const code = shown(apiError?.code);
  const correlationId = shown(apiError?.correlationId);
  const title = headline(error, apiBaseUrl, message);
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{title}</AlertTitle>
      {apiError?.status !== 401 && message && <div>{message}</div>}
      {apiError?.status === 401 && (
        <div>Check the credentials under “My Apps” in the Equinix Developer Portal.</div>
      )}
      {apiError?.isTransient && <div>Check the URL and your network, then sign in again.</div>}
      {(code || correlationId) && (
        <div>
          {code && <>Error code {code}. </>}
          {apiError && apiError.status > 0 && <>HTTP {apiError.status}. </>}
          {correlationId && <>Correlation id {correlationId}.</>}
        </div>
      )}
    </Alert>
  );
}
