import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { memo } from 'react';
import { TokenStateChip } from '@/components/token-state-chip';
import type { InventoryRow } from '../lib/inventory-row';
import { cellStyles } from './cell-styles';
import { CopyUuidButton, ExpiresCell, TokenNameCell } from './inventory-cells';

interface Props {
  rows: InventoryRow[] | undefined;
  skeletonRows: number;
  labelledBy: string;
}

const listStyles: SxProps<Theme> = (theme) => ({
  ...cellStyles(theme),
  listStyle: 'none',
  margin: 0,
  padding: 0,
  '& > li': {
    ...theme.typography.body2,
    display: 'grid',
    gap: theme.spacing(0.75),
    padding: theme.spacing(1.5, 2),
    borderTop: `1px solid ${theme.vars?.palette.divider}`,
    minWidth: 0,
  },
  // Beside cellStyles' own .name-link rule, not in place of it.
  '& li > .name-link': { maxWidth: '100%', fontSize: '1rem' },
  '& .line': {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    minWidth: 0,
  },
  '& li > .clip': { maxWidth: '100%' },
});

function place(row: InventoryRow): string {
  const { side, asset, assetKindLabel, metro } = row.description;
  return [side && `${side}-side`, `${assetKindLabel} ${asset}`, metro].filter(Boolean).join(' · ');
}

/**
 * The inventory on a phone: a card per token with what is looked for there (its name, state,
 * asset and location, expiry, and the token to copy). The page draws it below 900 px wide in
 * place of the table, by CSS, so the first paint is the same at every width.
 */
export const InventoryCards = memo(function InventoryCards({
  rows,
  skeletonRows,
  labelledBy,
}: Props) {
  if (rows === undefined) {
    return (
      <Box component="ul" sx={listStyles} aria-hidden>
        {Array.from({ length: skeletonRows }, (_, index) => (
          <li key={index}>
            <span className="skeleton" />
            <span className="skeleton" />
          </li>
        ))}
      </Box>
    );
  }
  return (
    <Box component="ul" sx={listStyles} aria-labelledby={labelledBy}>
      {rows.map((row, index) => {
        const { token } = row;
        const where = place(row);
        return (
          <li key={token.uuid ?? `row-${index}`}>
            <TokenNameCell token={token} />
            <div>
              <TokenStateChip state={token.state} />
            </div>
            <span className="clip secondary" title={where}>
              {where}
            </span>
            <div className="line">
              <span>
                <span className="secondary">Expires </span>
                <ExpiresCell token={token} />
              </span>
              {token.uuid && (
                <span className="uuid">
                  <code title={token.uuid}>{token.uuid}</code>
                  <CopyUuidButton uuid={token.uuid} />
                </span>
              )}
            </div>
          </li>
        );
      })}
    </Box>
  );
});
