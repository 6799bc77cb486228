import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { isApiError } from '@/api/api-error';
import type { ServiceToken } from '@/api/types';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { forbiddenReason, useWritesForbidden } from '@/lib/tokens/write-access';
import { mapServerError } from '../server-field-map';
import { toServiceTokenRequest } from '../to-service-token-request';
import { useTokenSubmission } from '../use-token-submission';
import { wizardSchema, type WizardOutput } from '../wizard-schema';
import type { WizardValues } from '../wizard-values';
import { CopyButton } from './copy-button';
import { RequestPreview } from './request-preview';
import { ReviewSummary } from './review-summary';
import { ServerErrorList } from './server-error-list';

interface Props {
  projectId: string;
  created: readonly ServiceToken[];
  onProgress: (created: ServiceToken[]) => void;
  onCreated: (created: ServiceToken[]) => void;
}

/** Step 3: every choice, the exact request, the server's dry run, then the one create. */
export function ReviewStep({ projectId, created, onProgress, onCreated }: Props) {
  const form = useFormContext<WizardValues, unknown, WizardOutput>();
  // The review changes nothing: what it shows and sends is the form as it was when it opened.
  const [values] = useState(() => form.getValues());
  const [builtAt, setBuiltAt] = useState(() => new Date());
  const [pageError, setPageError] = useState<unknown>();
  const errorRef = useRef<HTMLDivElement>(null);
  const requests = useMemo(() => {
    const parsed = wizardSchema.safeParse(values);
    return parsed.success ? toServiceTokenRequest(parsed.data, { projectId, now: builtAt }) : [];
  }, [values, projectId, builtAt]);

  const onError = useCallback(
    (error: unknown, requestIndex: number) => {
      if (!isApiError(error) || error.kind !== 'http') {
        setPageError(error);
        return;
      }
      const mapped = mapServerError(error, { requestIndex, values: form.getValues() });
      for (const field of mapped.fields) {
        form.setError(field.field, { type: 'server', message: field.message });
      }
      setPageError(mapped.unmapped ? error : undefined);
    },
    [form],
  );
  const submission = useTokenSubmission({ requests, created, onProgress, onCreated, onError });
  const { validation, createError } = submission;
  const forbidden = useWritesForbidden();
  useEffect(() => {
    // The Create button was disabled under the user's focus: bring them to what went wrong.
    if (createError) errorRef.current?.focus();
  }, [createError]);

  const validateAgain = () => {
    form.clearErrors();
    setPageError(undefined);
    setBuiltAt(new Date());
  };
  const create = () => {
    setPageError(undefined);
    submission.submit();
  };
  const primary = created[0];
  const partial = primary !== undefined && created.length < requests.length;
  // An answer without a token id is not retried as is: the server may hold the token already.
  const unreadableCreate = isApiError(createError) && createError.kind === 'unreadable';

  return (
    <Stack spacing={3}>
      <ReviewSummary values={values} projectId={projectId} />
      <RequestPreview requests={requests} />
      <Box ref={errorRef} tabIndex={-1} sx={{ outline: 'none' }}>
        <Stack spacing={2}>
          {partial && (
            <Alert severity="warning">
              The primary token {primary.uuid} was created. The secondary token was not: fix what
              the server refused if needed, then create the secondary token.{' '}
              {primary.uuid && <CopyButton text={primary.uuid} what="primary token" />}
            </Alert>
          )}
          <ServerErrorList />
          {pageError !== undefined && (
            <ApiErrorAlert
              title={
                unreadableCreate
                  ? 'The service token may have been created, but its answer held no token'
                  : createError
                    ? 'The service token was not created'
                    : 'The request could not be checked'
              }
              error={pageError}
              onRetry={createError && !unreadableCreate ? create : validateAgain}
            />
          )}
        </Stack>
      </Box>
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 32 }}>
        {validation?.status === 'pending' && (
          <>
            <CircularProgress size={18} aria-hidden />
            <Typography>Checking the request with the server…</Typography>
          </>
        )}
        {validation?.status === 'valid' && (
          <Typography color="success.main">
            The server accepted this request (dry run). Nothing has been created yet.
          </Typography>
        )}
        {validation?.status === 'failed' && (
          <Typography color="error">The server did not accept this request.</Typography>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          size="large"
          disabled={!submission.canCreate || forbidden}
          onClick={create}
          startIcon={
            submission.creating ? (
              <CircularProgress size={18} color="inherit" aria-hidden />
            ) : undefined
          }
        >
          {submission.creating
            ? 'Creating…'
            : partial
              ? 'Create the secondary token'
              : 'Create Service Token'}
        </Button>
        <Button
          variant="outlined"
          onClick={validateAgain}
          disabled={validation?.status === 'pending' || submission.creating}
        >
          Validate again
        </Button>
      </Box>
      {forbidden && <Typography color="text.secondary">{forbiddenReason}</Typography>}
    </Stack>
  );
}
