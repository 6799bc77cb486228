import Checkbox from '@mui/material/Checkbox';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { type MouseEvent, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ServiceToken } from '@/api/types';
import { paths } from '@/config/paths';
import { lifecycleBlockReason } from '@/lib/tokens/token-state';
import type { Density, InventoryColumnId } from '../inventory-search-params';
import type { InventoryRow } from '../lib/inventory-row';
import { inventoryColumns } from './inventory-columns';

interface Props {
  rows: InventoryRow[] | undefined;
  skeletonRows: number;
  columns: InventoryColumnId[];
  density: Density;
  selected: ReadonlySet<string>;
  onSelect: (tokens: ServiceToken[], selected: boolean) => void;
  selectionDisabledReason?: string;
  labelledBy: string;
}

// Short values read best on one line; the table scrolls sideways instead of stacking them.
const noWrap = new Set<string>([
  'name',
  'uuid',
  'side',
  'metro',
  'link',
  'state',
  'expires',
  'created',
]);

const bulkReason = (token: ServiceToken) =>
  lifecycleBlockReason(token, 'delete')?.replace('can be deleted', 'can be selected');

/** One page of tokens: rows come from the server already filtered and paged (manual pagination). */
export function InventoryTable({
  rows,
  skeletonRows,
  columns,
  density,
  selected,
  onSelect,
  selectionDisabledReason,
  labelledBy,
}: Props) {
  const navigate = useNavigate();
  // A click anywhere on a row opens the token, as in the portal; the name cell is the real link
  // that keyboard and screen reader users follow, so the row itself needs no role or tab stop.
  const openRow = (event: MouseEvent<HTMLTableRowElement>, uuid: string | undefined) => {
    const target = event.target as HTMLElement;
    if (!uuid || target.closest('a, button, input, label') || window.getSelection()?.toString()) {
      return;
    }
    void navigate(paths.details.href(uuid));
  };
  const visibleColumns = useMemo(
    () => inventoryColumns.filter((column) => columns.includes(column.id)),
    [columns],
  );

  const selectable = (rows ?? [])
    .map((row) => row.token)
    .filter((token) => token.uuid && !bulkReason(token));
  const selectedOnPage = selectable.filter((token) => selected.has(token.uuid ?? ''));
  const allSelected = selectable.length > 0 && selectedOnPage.length === selectable.length;
  const someSelected = selectedOnPage.length > 0 && !allSelected;

  return (
    <TableContainer sx={{ overflowX: 'auto', position: 'relative' }}>
      <Table size={density === 'compact' ? 'small' : 'medium'} aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={allSelected}
                indeterminate={someSelected}
                // MUI draws the mixed state; the native property tells assistive technology.
                inputRef={(input: HTMLInputElement | null) => {
                  if (input) input.indeterminate = someSelected;
                }}
                disabled={selectable.length === 0 || Boolean(selectionDisabledReason)}
                onChange={(event) => onSelect(selectable, event.target.checked)}
                slotProps={{ input: { 'aria-label': 'Select every available token on this page' } }}
              />
            </TableCell>
            {visibleColumns.map((column) => (
              <TableCell key={column.id} scope="col" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows === undefined
            ? Array.from({ length: skeletonRows }, (_, index) => (
                <TableRow key={index} aria-hidden>
                  <TableCell padding="checkbox" />
                  {columns.map((id) => (
                    <TableCell key={id}>
                      <Skeleton variant="text" />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            : rows.map((row, index) => {
                const { token } = row;
                const reason = selectionDisabledReason ?? bulkReason(token);
                const isSelected = selected.has(token.uuid ?? '');
                const label = `Select token ${token.name || token.uuid}`;
                return (
                  <TableRow
                    key={token.uuid ?? `row-${index}`}
                    hover
                    selected={isSelected}
                    onClick={(event) => openRow(event, token.uuid)}
                    sx={{ cursor: token.uuid ? 'pointer' : undefined }}
                  >
                    <TableCell padding="checkbox">
                      {reason ? (
                        <span title={reason}>
                          <Checkbox
                            disabled
                            slotProps={{ input: { 'aria-label': `${label} (${reason})` } }}
                          />
                        </span>
                      ) : (
                        <Checkbox
                          checked={isSelected}
                          onChange={(event) => onSelect([token], event.target.checked)}
                          slotProps={{ input: { 'aria-label': label } }}
                        />
                      )}
                    </TableCell>
                    {visibleColumns.map((column) => (
                      <TableCell
                        key={column.id}
                        sx={noWrap.has(column.id) ? { whiteSpace: 'nowrap' } : { minWidth: 150 }}
                      >
                        {column.cell(row)}
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
