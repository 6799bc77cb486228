import Logout from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useSignOut } from '../api/auth-mutations';
import { authQueries } from '../api/auth-queries';

/** The app bar's session control in live mode: who is signed in, and "Sign out". */
export function SignOutButton() {
  const { data: status } = useQuery(authQueries.status());
  const signOut = useSignOut();
  if (!status?.signedIn) return null;
  if (status.source === 'environment') {
    // The server signs everyone in with its own credentials: there is no session to end.
    return (
      <Typography variant="body2" color="text.secondary">
        Signed in by the server ({status.clientId})
      </Typography>
    );
  }
  return (
    <>
      <Button
        color="inherit"
        startIcon={<Logout />}
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        Sign out
      </Button>
      <Snackbar open={signOut.isError} onClose={() => signOut.reset()}>
        <Alert severity="error" role="alert" onClose={() => signOut.reset()}>
          Sign-out failed, so you are still signed in: {signOut.error?.message}
        </Alert>
      </Snackbar>
    </>
  );
}
