import Download from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, memo, Suspense, useRef, useState } from 'react';
import { isApiError } from '@/api/api-error';
import { deviceQueries } from '@/api/queries/devices';
import type { ServiceTokenSearchRequest } from '@/api/types';
import { assetKind } from '@/lib/tokens/describe-token';
import { toDeviceMetros } from '@/lib/tokens/device-metros';
import { fetchAllTokens } from '../api/fetch-all-tokens';
import { tokensToCsv } from '../lib/tokens-csv';
import type { ExportStatus } from './export-dialog';

// Loaded on first use: most visits to the landing page never export.
const ExportDialog = lazy(() =>
  import('./export-dialog').then((m) => ({ default: m.ExportDialog })),
);

function download(csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `service-tokens-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; release it once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

interface Props {
  /** The search the table shows; its pagination is replaced page by page. */
  request: ServiceTokenSearchRequest;
  total: number | undefined;
}

/** Exports every token matching the current filters (all pages), with progress and Cancel. */
export const ExportCsv = memo(function ExportCsv({ request, total }: Props) {
  const [status, setStatus] = useState<ExportStatus | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);
  const queryClient = useQueryClient();

  const start = async () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ step: 'running', progress: undefined });
    try {
      const tokens = await fetchAllTokens(
        request,
        (progress) => setStatus({ step: 'running', progress }),
        abort.signal,
      );
      const deviceMetros = tokens.some((token) => assetKind(token) === 'VD')
        ? toDeviceMetros(await queryClient.fetchQuery(deviceQueries.list()))
        : undefined;
      download(tokensToCsv(tokens, deviceMetros));
      setStatus({ step: 'done', rows: tokens.length });
    } catch (error) {
      if (abort.signal.aborted || (isApiError(error) && error.kind === 'aborted')) return;
      setStatus({ step: 'failed', error });
    }
  };

  const close = () => {
    controller.current?.abort();
    setStatus(undefined);
  };

  return (
    <>
      <Button startIcon={<Download />} onClick={() => void start()} disabled={total === 0}>
        Export CSV
      </Button>
      {status && (
        <Suspense fallback={null}>
          <ExportDialog status={status} onRetry={() => void start()} onClose={close} />
        </Suspense>
      )}
    </>
  );
});
