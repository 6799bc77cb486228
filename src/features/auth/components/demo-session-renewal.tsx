import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import { useRenewDemoSession } from '../api/auth-mutations';

/** Demo mode: the demo backend expired the session; one click gets a new one and goes back. */
export function DemoSessionRenewal({ returnTo }: { returnTo: string }) {
  const navigate = useNavigate();
  const renew = useRenewDemoSession();
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography>
        Your demo session has expired. Sign in again to continue where you left off; anything you
        were typing in the wizard is still there.
      </Typography>
      {renew.isError && (
        <Alert severity="error" role="alert">
          Could not start a new demo session: {renew.error.message}
        </Alert>
      )}
      <Button
        variant="contained"
        disabled={renew.isPending}
        onClick={() =>
          renew.mutate(undefined, { onSuccess: () => void navigate(returnTo, { replace: true }) })
        }
      >
        Sign in again
      </Button>
    </Stack>
  );
}
