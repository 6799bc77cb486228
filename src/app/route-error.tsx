import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ApiErrorAlert } from '@/components/api-error-alert';

/** The error boundary of every route: says what failed and offers to try again. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error">
          <AlertTitle>
            {error.status} {error.statusText}
          </AlertTitle>
          This page could not be shown.
        </Alert>
      </Box>
    );
  }
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Failed to fetch/i.test(error.message);
  return (
    <Box sx={{ p: 3 }} role="main">
      <ApiErrorAlert
        title={chunkFailed ? 'This page could not be loaded' : 'This page failed'}
        error={error}
      />
      <Button sx={{ mt: 2 }} variant="contained" onClick={() => window.location.reload()}>
        Retry
      </Button>
    </Box>
  );
}
