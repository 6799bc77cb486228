import LinearProgress from '@mui/material/LinearProgress';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { config } from '@/config/env';
import { authQueries } from '../api/auth-queries';
import { safeReturnTo } from '../return-to';
import { DemoSessionRenewal } from './demo-session-renewal';
import { LiveSignInForm } from './live-sign-in-form';

function LiveSignIn({ returnTo, sentBack }: { returnTo: string; sentBack: boolean }) {
  const status = useQuery(authQueries.status());
  if (status.isPending) return <LinearProgress aria-label="Checking your session" />;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">
        Use an Equinix API client (“My Apps” in the Developer Portal). The portal’s server exchanges
        it for an access token and keeps both; this page never sees them.
      </Typography>
      {sentBack && (
        <Alert severity={status.data?.signedIn ? 'warning' : 'info'}>
          {status.data?.signedIn
            ? 'The API no longer accepts your session. Sign in again to go back where you were.'
            : 'Sign in to continue; you will go back where you were.'}
        </Alert>
      )}
      {status.isError && (
        <ApiErrorAlert
          error={status.error}
          title="Could not ask the portal’s server about your session"
          onRetry={() => void status.refetch()}
        />
      )}
      <LiveSignInForm status={status.data} returnTo={returnTo} />
    </Stack>
  );
}

/** `/sign-in?returnTo=…`: live mode signs in through the BFF; demo mode renews the demo session. */
export function SignInPage() {
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('returnTo');
  const returnTo = safeReturnTo(requested);
  return (
    <Paper variant="outlined" sx={{ maxWidth: 560, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {config.mode === 'demo' ? 'Your demo session has expired' : 'Sign in to Equinix Fabric'}
      </Typography>
      {config.mode === 'demo' ? (
        <DemoSessionRenewal returnTo={returnTo} />
      ) : (
        <LiveSignIn returnTo={returnTo} sentBack={requested !== null} />
      )}
    </Paper>
  );
}
