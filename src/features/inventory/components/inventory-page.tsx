import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { portQueries } from '@/api/queries/ports';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { useStillWaiting } from '@/lib/use-still-waiting';
import { useCurrentProjectId } from '@/lib/current-project';
import { assetKind } from '@/lib/tokens/describe-token';
import { useDeviceMetros } from '@/lib/tokens/device-metros';
import { useMinuteClock } from '@/lib/tokens/minute-clock';
import { forbiddenReason, useWritesForbidden } from '@/lib/tokens/write-access';
import { useTokenOverview } from '../api/use-token-overview';
import { useTokenSearch } from '../api/use-token-search';
import { clearFilters, hasFilters } from '../inventory-search-params';
import { toInventoryRow } from '../lib/inventory-row';
import { useInventoryParams } from '../use-inventory-params';
import { useTokenSelection } from '../use-token-selection';
import { BulkActions } from './bulk-actions';
import { CreateTokenButton } from './create-token-button';
import { ExportCsv } from './export-csv';
import { FiltersDrawer } from './filters-drawer';
import { InventoryCards } from './inventory-cards';
import { InventoryEmptyState } from './inventory-empty-state';
import { InventoryFilters } from './inventory-filters';
import { InventoryOverview } from './inventory-overview';
import { InventoryPagination } from './inventory-pagination';
import { InventoryTable } from './inventory-table';
import { ViewOptions } from './view-options';

// The page re-renders with each of its answers (the rows, the five counts, the ports): its parts
// are memoised, so each answer re-renders only what shows it.
export const InventoryHeading = memo(function InventoryHeading({ id }: { id?: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      <Typography variant="h4" component="h1" id={id} sx={{ flexGrow: 1 }}>
        Service Token Inventory
      </Typography>
      <CreateTokenButton />
    </Box>
  );
});

/** The Service Token Inventory: the portal's landing page. */
export function InventoryPage() {
  const headingId = useId();
  const [params, setParams, updateParams] = useInventoryParams();
  const projectId = useCurrentProjectId();
  const now = useMinuteClock();
  const writesForbidden = useWritesForbidden();
  const ports = useQuery(portQueries.list());
  const { query: search, request } = useTokenSearch(params, projectId, now);
  // The counts are five more searches: they wait until the first rows are on screen (the frame
  // after the render that showed them), not merely answered, so that they never compete with
  // drawing them.
  const [rowsShown, setRowsShown] = useState(false);
  const firstAnswerIn = search.data !== undefined || search.isError;
  useEffect(() => {
    if (!firstAnswerIn) return;
    const frame = requestAnimationFrame(() => setRowsShown(true));
    return () => cancelAnimationFrame(frame);
  }, [firstAnswerIn]);
  const overview = useTokenOverview(projectId, now, rowsShown);
  const selection = useTokenSelection(JSON.stringify([projectId, request.filter]));

  // A device token names its device, not its metro: the device list says where it sits.
  const hasDeviceTokens = useMemo(
    () => search.data?.data?.some((token) => assetKind(token) === 'VD') ?? false,
    [search.data],
  );
  const deviceMetros = useDeviceMetros(hasDeviceTokens);
  const rows = useMemo(
    () => search.data?.data?.map((token) => toInventoryRow(token, deviceMetros)),
    [search.data, deviceMetros],
  );
  const total = search.data?.pagination?.total;
  const changing = search.isFetching && search.isPlaceholderData;
  const noProject = !projectId && !ports.isPending;
  const stillWaiting = useStillWaiting(total === undefined && search.isFetching);

  let body;
  if (noProject) {
    body = (
      <Alert severity="info">
        No project to show: the portal finds your projects through your ports, and none were found.
      </Alert>
    );
  } else if (search.isError) {
    body = (
      <ApiErrorAlert
        title="The tokens could not be loaded"
        error={search.error}
        onRetry={() => void search.refetch()}
      />
    );
  } else if (rows && rows.length === 0) {
    body = !total ? (
      hasFilters(params) ? (
        <InventoryEmptyState
          kind="no-match"
          onClearFilters={() => setParams(clearFilters(params))}
        />
      ) : (
        <InventoryEmptyState kind="no-tokens" />
      )
    ) : (
      <InventoryEmptyState
        kind="past-end"
        page={params.page}
        onFirstPage={() => setParams({ ...params, page: 1 })}
      />
    );
  } else {
    // The table from 900 px up, cards below: both are drawn and CSS hides one (display: none also
    // hides it from screen readers), so the page is the same whatever the width it first paints at.
    body = (
      <>
        <Box sx={{ display: { xs: 'none', md: 'block' } }}>
          <InventoryTable
            rows={rows}
            skeletonRows={Math.min(params.pageSize, 10)}
            columns={params.cols}
            density={params.density}
            selected={selection.uuids}
            onSelect={selection.toggle}
            selectionDisabledReason={writesForbidden ? forbiddenReason : undefined}
            labelledBy={headingId}
          />
        </Box>
        <Box sx={{ display: { md: 'none' } }}>
          <InventoryCards
            rows={rows}
            skeletonRows={Math.min(params.pageSize, 10)}
            labelledBy={headingId}
          />
        </Box>
      </>
    );
  }

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <InventoryHeading id={headingId} />
      <InventoryOverview counts={overview} params={params} />
      <Paper variant="outlined" sx={{ p: 2, display: { xs: 'none', md: 'block' } }}>
        <InventoryFilters params={params} onChange={updateParams} projectId={projectId} />
      </Paper>
      <Paper variant="outlined">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 1, flexWrap: 'wrap' }}>
          <Typography aria-live="polite" sx={{ flexGrow: 1, px: 1 }}>
            {total === undefined
              ? `Loading tokens…${stillWaiting ? ' Still waiting for the service to answer.' : ''}`
              : `${total.toLocaleString()} ${total === 1 ? 'token' : 'tokens'}`}
          </Typography>
          <FiltersDrawer
            params={params}
            onChange={updateParams}
            projectId={projectId}
            total={total}
          />
          {/* Columns and density are the table's: a phone shows cards. */}
          <Box sx={{ display: { xs: 'none', md: 'contents' } }}>
            <ViewOptions params={params} onChange={setParams} />
          </Box>
          <ExportCsv request={request} total={total} />
        </Box>
        {selection.tokens.length > 0 && (
          <Box sx={{ px: 2, pb: 1 }}>
            <BulkActions tokens={selection.tokens} onClear={selection.clear} />
          </Box>
        )}
        <Box sx={{ height: 4 }}>{changing && <LinearProgress aria-label="Loading tokens" />}</Box>
        {body}
        {total !== undefined && total > 0 && (
          <InventoryPagination
            total={total}
            page={params.page}
            pageSize={params.pageSize}
            onPageChange={(page) => setParams({ ...params, page })}
            onPageSizeChange={(pageSize) => setParams({ ...params, page: 1, pageSize })}
          />
        )}
      </Paper>
    </Box>
  );
}
