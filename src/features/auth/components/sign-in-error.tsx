import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { isApiError } from '@/api/api-error';

interface Props {
  error: unknown;
  apiBaseUrl: string;
}

function headline(error: unknown, apiBaseUrl: string): string {
  if (!isApiError(error)) return 'Sign-in failed';
  if (error.kind === 'network') return 'The portal’s server could not be reached';
  if (error.status === 401) return `The client id or secret was not accepted: ${error.message}`;
  if (error.code === 'BFF-UNREACHABLE') return `Could not reach the API at ${apiBaseUrl}`;
  // The server's message below says how long to wait (docs/decisions/014-production-server.md).
  if (error.status === 429) return 'Too many sign-in attempts';
  if (error.status === 502) return 'The token API failed to answer';
  return 'Sign-in failed';
}

/** Why the sign-in failed, with the token API's own words, its code and correlation id. */
export function SignInError({ error, apiBaseUrl }: Props) {
  const apiError = isApiError(error) ? error : undefined;
  const title = headline(error, apiBaseUrl);
  const detail =
    apiError?.status === 401
      ? apiError.errors[0]?.details
      : error instanceof Error
        ? error.message
        : undefined;
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{title}</AlertTitle>
      {detail && <div>{detail}</div>}
      {apiError?.status === 401 && (
        <div>Check the credentials under “My Apps” in the Equinix Developer Portal.</div>
      )}
      {apiError?.isTransient && <div>Check the URL and your network, then sign in again.</div>}
      {(apiError?.code || apiError?.correlationId) && (
        <div>
          {apiError.code && <>Error code {apiError.code}. </>}
          {apiError.status > 0 && <>HTTP {apiError.status}. </>}
          {apiError.correlationId && <>Correlation id {apiError.correlationId}.</>}
        </div>
      )}
    </Alert>
  );
}
