import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { useSignIn } from '../api/auth-mutations';
import type { BffSessionStatus } from '../api/bff-session';
import { toSignInRequest } from '../sign-in-request';
import { signInSchema, type SignInField, type SignInValues } from '../sign-in-schema';
import { CredentialFields, SignInTextField } from './credential-fields';
import { SignInError } from './sign-in-error';

const formFields: readonly SignInField[] = [
  'apiBaseUrl',
  'clientId',
  'clientSecret',
  'accessToken',
];

interface Props {
  status: BffSessionStatus | undefined;
  returnTo: string;
}

/**
 * Live mode's sign-in. The values live in this form's memory only: they are POSTed once to the
 * portal's server (never put in a URL or in storage), which keeps the secret and the token.
 */
export function LiveSignInForm({ status, returnTo }: Props) {
  const navigate = useNavigate();
  const signIn = useSignIn();
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    mode: 'onTouched',
    defaultValues: {
      apiBaseUrl: status?.apiBaseUrl ?? status?.defaultApiBaseUrl ?? 'https://api.equinix.com',
      method: 'clientCredentials',
      clientId: '',
      clientSecret: '',
      accessToken: '',
    },
  });

  const submit = form.handleSubmit((values) => {
    signIn.mutate(toSignInRequest(values), {
      onSuccess: () => void navigate(returnTo, { replace: true }),
      onError: (error) => {
        // The server names the field it refused (e.g. an API URL it does not connect to).
        if (!isApiError(error)) return;
        for (const [property, reason] of error.fieldErrors()) {
          const field = formFields.find((name) => name === property);
          if (field) form.setError(field, { message: reason }, { shouldFocus: true });
        }
      },
    });
  });

  const refusedField = isApiError(signIn.error) && signIn.error.fieldErrors().size > 0;
  return (
    <FormProvider {...form}>
      <Stack component="form" noValidate onSubmit={submit} spacing={2.5} aria-label="Sign in">
        {status?.signedIn && (
          <Alert severity="info">
            {status.source === 'environment'
              ? `This server already signs in with its own client id (${status.clientId}). You can sign in with other credentials instead.`
              : `Signed in${status.clientId ? ` as ${status.clientId}` : ' with an access token'} at ${status.apiBaseUrl}. Signing in again replaces that session.`}
          </Alert>
        )}
        {signIn.isError && !refusedField && (
          <SignInError
            error={signIn.error}
            apiBaseUrl={form.getValues('apiBaseUrl')}
            secrets={form.getValues(['clientSecret', 'accessToken'])}
          />
        )}
        <SignInTextField
          name="apiBaseUrl"
          label="API base URL"
          hint="Where the portal’s server sends your credentials and requests"
        />
        <CredentialFields />
        <div>
          <Button
            type="submit"
            variant="contained"
            disabled={signIn.isPending}
            startIcon={
              signIn.isPending ? <CircularProgress size={16} color="inherit" /> : undefined
            }
          >
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </Button>
        </div>
      </Stack>
    </FormProvider>
  );
}
