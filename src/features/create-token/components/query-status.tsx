import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { PageProgress } from '@/api/paging';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { useStillWaiting } from '@/lib/use-still-waiting';

type QueryLike = Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch'>;

interface Props {
  queries: readonly QueryLike[];
  /** What is loading, for the progress bar's label and the error title: "ports". */
  what: string;
  /** How far a list read in several requests has got. */
  progress?: PageProgress | undefined;
}

function progressText(what: string, progress: PageProgress | undefined): string {
  if (!progress) return `Loading ${what}…`;
  const of = progress.total === undefined ? '' : ` of ${progress.total.toLocaleString()}`;
  return `Loading ${what}… ${progress.loaded.toLocaleString()}${of}`;
}

/**
 * While a picker's data loads, a labelled progress bar (with how far a long list has got, and a
 * word when the wait is long); when a query fails, its error and a retry.
 */
export function QueryStatus({ queries, what, progress }: Props) {
  const failed = queries.find((query) => query.isError);
  const pending = !failed && queries.some((query) => query.isPending);
  const stillWaiting = useStillWaiting(pending);
  if (failed) {
    return (
      <ApiErrorAlert
        title={`Your ${what} could not be loaded`}
        error={failed.error}
        onRetry={() => void failed.refetch()}
      />
    );
  }
  if (!pending) return null;
  return (
    <div role="status">
      <LinearProgress aria-label={`Loading ${what}`} sx={{ my: 2 }} />
      <Typography variant="body2" color="text.secondary">
        {progressText(what, progress)}
        {stillWaiting && ' Still waiting for the service to answer.'}
      </Typography>
    </div>
  );
}
