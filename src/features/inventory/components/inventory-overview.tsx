import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import { tokenStateMeta } from '@/lib/tokens/token-state';
import {
  clearFilters,
  type InventorySearchParams,
  toInventorySearch,
  withFilters,
} from '../inventory-search-params';
import { overviewExpiringDays, type OverviewCount } from '../api/use-token-overview';
import { memo } from 'react';

interface Props {
  counts: OverviewCount[];
  params: InventorySearchParams;
}

const colors = ['info', 'success', 'warning', 'error', 'secondary'] as const;

/**
 * MUI's outlined Card and CardActionArea, written once for the five links: they render with the
 * landing page's first rows, where five styled cards with ripple buttons cost a good part of it.
 */
const overviewStyles: SxProps<Theme> = (theme) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    display: 'grid',
    gap: 2,
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    '& a': {
      display: 'block',
      padding: 1.5,
      border: `1px solid ${palette.divider}`,
      borderLeftWidth: 4,
      borderRadius: `${theme.shape.borderRadius}px`,
      backgroundColor: palette.background.paper,
      color: palette.text.primary,
      textDecoration: 'none',
      outline: 0,
    },
    '& a:hover': { backgroundColor: palette.action.hover },
    '& a:focus-visible': {
      outline: `2px solid ${palette.primary.main}`,
      outlineOffset: 2,
    },
    ...Object.fromEntries(
      colors.map((color) => [
        `& a[data-color="${color}"]`,
        { borderLeftColor: palette[color].main },
      ]),
    ),
    '& .value': { ...theme.typography.h5, display: 'block', fontWeight: 600 },
    '& .label': { ...theme.typography.body2, display: 'block', color: palette.text.secondary },
    // Inline in the value's line, so the line is as tall before the count arrives as after.
    '& .pending': {
      display: 'inline-block',
      width: 48,
      height: '0.8em',
      verticalAlign: 'middle',
      borderRadius: 1,
      backgroundColor: palette.action.hover,
    },
  };
};

function isApplied(count: OverviewCount, params: InventorySearchParams): boolean {
  const { state, expiringWithin } = count.filters;
  if (state) return params.state.length === 1 && params.state[0] === state[0];
  return params.expiringWithin === expiringWithin;
}

/** Counts by state and of tokens about to expire; each one is a link that applies its filter. */
export const InventoryOverview = memo(function InventoryOverview({ counts, params }: Props) {
  return (
    <Box component="nav" aria-label="Token overview" sx={overviewStyles}>
      {counts.map((count) => {
        const label =
          count.id === 'expiring'
            ? `Expiring within ${overviewExpiringDays} days`
            : tokenStateMeta[count.id].label;
        const color = count.id === 'expiring' ? 'warning' : tokenStateMeta[count.id].color;
        const href = paths.inventory.href(
          toInventorySearch(withFilters(clearFilters(params), count.filters)),
        );
        const applied = isApplied(count, params);
        const value = count.error ? 'unavailable' : count.total;
        return (
          <RouterLink
            key={count.id}
            to={href}
            data-color={color}
            aria-current={applied ? 'true' : undefined}
          >
            <span className="value">
              {count.isPending && !count.error ? <span className="pending" /> : (value ?? '—')}
            </span>{' '}
            <span className="label">
              {label}
              {applied && ' (shown)'}
            </span>
          </RouterLink>
        );
      })}
    </Box>
  );
});
