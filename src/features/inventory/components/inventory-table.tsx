import Checkbox from '@mui/material/Checkbox';
import type { SxProps, Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { memo, type MouseEvent, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ServiceToken } from '@/api/types';
import { paths } from '@/config/paths';
import { lifecycleBlockReason } from '@/lib/tokens/token-state';
import type { Density, InventoryColumnId } from '../inventory-search-params';
import type { InventoryRow } from '../lib/inventory-row';
import { cellStyles } from './cell-styles';
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

/** MUI's body cell and row styles, written once for the whole table (see the tbody below). */
const bodyStyles: SxProps<Theme> = (theme) => ({
  ...cellStyles(theme),
  // Every row keeps to one line: long values end in an ellipsis (.clip), whole in their title.
  '& tbody td': {
    whiteSpace: 'nowrap',
    ...theme.typography.body2,
    // MUI's 16 px, less 4 px a side: the six default columns fit 1280 px without scrolling.
    padding: '16px 12px',
    // MUI's TableCell border.
    borderBottom: `1px solid ${theme.vars?.palette.TableCell.border}`,
    textAlign: 'left',
    verticalAlign: 'inherit',
    color: (theme.vars ?? theme).palette.text.primary,
  },
  '&[data-density="compact"] tbody td': { padding: '6px 12px' },
  '& thead th:not(.MuiTableCell-paddingCheckbox)': { paddingLeft: '12px', paddingRight: '12px' },
  '& tbody td.checkbox-cell': { width: 48, padding: '0 0 0 4px' },
  '& tbody tr': { verticalAlign: 'middle', outline: 0 },
  '& tbody tr[data-link]': { cursor: 'pointer' },
  '& tbody tr[data-link]:hover': { backgroundColor: (theme.vars ?? theme).palette.action.hover },
  '& tbody tr[data-selected]': {
    backgroundColor: `rgba(${theme.vars?.palette.primary.mainChannel} / ${theme.vars?.palette.action.selectedOpacity})`,
  },
});

const bulkReason = (token: ServiceToken) => lifecycleBlockReason(token, 'select');

/** One page of tokens: rows come from the server already filtered and paged (manual pagination). */
export const InventoryTable = memo(function InventoryTable({
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
      <Table
        size={density === 'compact' ? 'small' : 'medium'}
        aria-labelledby={labelledBy}
        sx={bodyStyles}
        data-density={density}
      >
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                size="small"
                checked={allSelected}
                indeterminate={someSelected}
                disabled={selectable.length === 0 || Boolean(selectionDisabledReason)}
                onChange={(event) => onSelect(selectable, event.target.checked)}
                slotProps={{
                  input: { 'aria-label': 'Select every available token on this page' },
                }}
              />
            </TableCell>
            {visibleColumns.map((column) => (
              <TableCell key={column.id} scope="col" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        {/* Plain rows and cells, styled once by the table (bodyStyles): a page of 100 rows would
            otherwise be over a thousand styled TableRow and TableCell components. */}
        <tbody>
          {rows === undefined
            ? Array.from({ length: skeletonRows }, (_, index) => (
                <tr key={index} aria-hidden>
                  <td className="checkbox-cell" />
                  {visibleColumns.map((column) => (
                    <td key={column.id}>
                      <span className="skeleton" />
                    </td>
                  ))}
                </tr>
              ))
            : rows.map((row, index) => {
                const { token } = row;
                const reason = selectionDisabledReason ?? bulkReason(token);
                const isSelected = selected.has(token.uuid ?? '');
                const label = `Select token ${token.name || token.uuid}`;
                return (
                  <tr
                    key={token.uuid ?? `row-${index}`}
                    data-selected={isSelected || undefined}
                    data-link={token.uuid ? '' : undefined}
                    onClick={(event) => openRow(event, token.uuid)}
                  >
                    <td className="checkbox-cell">
                      {reason ? (
                        <span title={reason}>
                          <Checkbox
                            size="small"
                            disabled
                            slotProps={{ input: { 'aria-label': `${label} (${reason})` } }}
                          />
                        </span>
                      ) : (
                        <Checkbox
                          size="small"
                          checked={isSelected}
                          onChange={(event) => onSelect([token], event.target.checked)}
                          slotProps={{ input: { 'aria-label': label } }}
                        />
                      )}
                    </td>
                    {visibleColumns.map((column) => (
                      <td key={column.id}>{column.cell(row)}</td>
                    ))}
                  </tr>
                );
              })}
        </tbody>
      </Table>
    </TableContainer>
  );
});
