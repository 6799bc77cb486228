import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { isApiError } from '@/api/api-error';

const forbiddenRoles =
  'Fabric Manager, Fabric Connection Manager, Fabric Service Provider, Fabric Service Profile Manager or End Customer Fabric Manager';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A page-level error: what failed, the API's code and correlation id, and a retry where it can help. */
export function ApiErrorAlert({ error, title = 'Something went wrong', onRetry }: Props) {
  const apiError = isApiError(error) ? error : undefined;
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.';
  const canRetry = onRetry && (!apiError || apiError.worthRetrying);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        canRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {message}
      {apiError?.status === 403 && (
        <div>Ask an administrator for one of these roles: {forbiddenRoles}.</div>
      )}
      {(apiError?.code || apiError?.correlationId || apiError?.status) && (
        <div>
          {apiError.code && <>Error code {apiError.code}. </>}
          {apiError.status > 0 && <>HTTP {apiError.status}. </>}
          {apiError.correlationId && <>Correlation id {apiError.correlationId}.</>}
        </div>
      )}
    </Alert>
  );
}
