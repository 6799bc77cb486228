import LinearProgress from '@mui/material/LinearProgress';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiErrorAlert } from '@/components/api-error-alert';

type QueryLike = Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch'>;

interface Props {
  queries: readonly QueryLike[];
  /** What is loading, for the progress bar's label and the error title: "ports". */
  what: string;
}

/** While a picker's data loads, a labelled progress bar; when a query fails, its error and a retry. */
export function QueryStatus({ queries, what }: Props) {
  const failed = queries.find((query) => query.isError);
  if (failed) {
    return (
      <ApiErrorAlert
        title={`Your ${what} could not be loaded`}
        error={failed.error}
        onRetry={() => void failed.refetch()}
      />
    );
  }
  if (queries.some((query) => query.isPending)) {
    return <LinearProgress aria-label={`Loading ${what}`} sx={{ my: 2 }} />;
  }
  return null;
}
