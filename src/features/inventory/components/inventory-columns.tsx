import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { createColumnHelper } from '@tanstack/react-table';
import { CopyTokenButton } from '@/components/copy-token-button';
import { TokenStateChip } from '@/components/token-state-chip';
import type { InventoryColumnId } from '../inventory-search-params';
import { columnLabels, type InventoryRow } from '../lib/inventory-row';
import { CreatedCell, ExpiresCell, RecipientsCell, TokenNameCell } from './inventory-cells';

const column = createColumnHelper<InventoryRow>();

const dash = (value: string | undefined) => value ?? '—';

/** Column definitions: defined once at module level, so the table never rebuilds them. */
export const inventoryColumns = [
  column.display({
    id: 'name' satisfies InventoryColumnId,
    header: columnLabels.name,
    cell: ({ row }) => <TokenNameCell token={row.original.token} />,
  }),
  column.display({
    id: 'uuid' satisfies InventoryColumnId,
    header: columnLabels.uuid,
    cell: ({ row }) => {
      const { uuid } = row.original.token;
      if (!uuid) return '—';
      return (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Typography component="code" sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
            {uuid}
          </Typography>
          <CopyTokenButton uuid={uuid} />
        </Box>
      );
    },
  }),
  column.display({
    id: 'side' satisfies InventoryColumnId,
    header: columnLabels.side,
    cell: ({ row }) => {
      const { side } = row.original.description;
      return side ? `${side}-side` : '—';
    },
  }),
  column.display({
    id: 'asset' satisfies InventoryColumnId,
    header: columnLabels.asset,
    cell: ({ row }) => (
      <Box>
        {row.original.description.asset}
        <Typography variant="body2" color="text.secondary" component="div">
          {row.original.description.assetKindLabel}
        </Typography>
      </Box>
    ),
  }),
  column.display({
    id: 'metro' satisfies InventoryColumnId,
    header: columnLabels.metro,
    cell: ({ row }) => dash(row.original.description.metro),
  }),
  column.display({
    id: 'link' satisfies InventoryColumnId,
    header: columnLabels.link,
    cell: ({ row }) => row.original.description.link,
  }),
  column.display({
    id: 'bandwidth' satisfies InventoryColumnId,
    header: columnLabels.bandwidth,
    cell: ({ row }) => row.original.description.bandwidth,
  }),
  column.display({
    id: 'state' satisfies InventoryColumnId,
    header: columnLabels.state,
    cell: ({ row }) => <TokenStateChip state={row.original.token.state} />,
  }),
  column.display({
    id: 'expires' satisfies InventoryColumnId,
    header: columnLabels.expires,
    cell: ({ row }) => <ExpiresCell token={row.original.token} />,
  }),
  column.display({
    id: 'recipients' satisfies InventoryColumnId,
    header: columnLabels.recipients,
    cell: ({ row }) => <RecipientsCell recipients={row.original.description.recipients} />,
  }),
  column.display({
    id: 'created' satisfies InventoryColumnId,
    header: columnLabels.created,
    cell: ({ row }) => <CreatedCell {...row.original.description.created} />,
  }),
];
