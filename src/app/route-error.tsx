import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ApiErrorAlert } from '@/components/api-error-alert';

interface Props {
  error: unknown;
  /** Shown without the app layout (the layout itself failed), so it is the page's main landmark. */
  standalone?: boolean;
}

/** What a page that failed to render or to download shows: what failed, and a way to try again. */
export function RouteError({ error, standalone = false }: Props) {
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Failed to fetch/i.test(error.message);
  return (
    <Box sx={{ p: 3 }} role={standalone ? 'main' : undefined}>
      <ApiErrorAlert
        title={chunkFailed ? 'This page could not be loaded' : 'This page failed'}
        error={error}
      />
      {/* A reload fetches the page's code again, which re-rendering alone would not. */}
      <Button sx={{ mt: 2 }} variant="contained" onClick={() => window.location.reload()}>
        Retry
      </Button>
    </Box>
  );
}
