import type { ReactNode } from 'react';
import { TokenStateChip } from '@/components/token-state-chip';
import type { InventoryColumnId } from '../inventory-search-params';
import { columnLabels, type InventoryRow } from '../lib/inventory-row';
import {
  CopyUuidButton,
  CreatedCell,
  ExpiresCell,
  RecipientsCell,
  TokenNameCell,
} from './inventory-cells';

export interface InventoryColumn {
  id: InventoryColumnId;
  header: string;
  cell: (row: InventoryRow) => ReactNode;
}

const dash = (value: string | undefined) => value ?? '—';

/**
 * The columns, in order, defined once at module level. The server filters, sorts and pages, so a
 * column is only a header and how a row reads in it.
 */
export const inventoryColumns: readonly InventoryColumn[] = [
  {
    id: 'name',
    header: columnLabels.name,
    cell: (row) => <TokenNameCell token={row.token} />,
  },
  {
    id: 'uuid',
    header: columnLabels.uuid,
    cell: (row) => {
      const { uuid } = row.token;
      if (!uuid) return '—';
      return (
        <span className="uuid">
          <code title={uuid}>{uuid}</code>
          <CopyUuidButton uuid={uuid} />
        </span>
      );
    },
  },
  {
    id: 'side',
    header: columnLabels.side,
    cell: (row) => {
      const { side } = row.description;
      return side ? `${side}-side` : '—';
    },
  },
  {
    id: 'asset',
    header: columnLabels.asset,
    cell: (row) => {
      const { asset, assetKindLabel } = row.description;
      return (
        <span className="clip" title={`${asset} (${assetKindLabel})`}>
          {asset} <span className="secondary">· {assetKindLabel}</span>
        </span>
      );
    },
  },
  {
    id: 'metro',
    header: columnLabels.metro,
    cell: (row) => dash(row.description.metro),
  },
  {
    id: 'link',
    header: columnLabels.link,
    cell: (row) => row.description.link,
  },
  {
    id: 'bandwidth',
    header: columnLabels.bandwidth,
    cell: (row) => row.description.bandwidth,
  },
  {
    id: 'state',
    header: columnLabels.state,
    cell: (row) => <TokenStateChip state={row.token.state} />,
  },
  {
    id: 'expires',
    header: columnLabels.expires,
    cell: (row) => <ExpiresCell token={row.token} />,
  },
  {
    id: 'recipients',
    header: columnLabels.recipients,
    cell: (row) => <RecipientsCell recipients={row.description.recipients} />,
  },
  {
    id: 'created',
    header: columnLabels.created,
    cell: (row) => <CreatedCell {...row.description.created} />,
  },
];
