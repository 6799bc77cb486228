import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '@/config/paths';
import { tokenStateMeta } from '@/lib/tokens/token-state';
import {
  clearFilters,
  type InventorySearchParams,
  toInventorySearch,
  withFilters,
} from '../inventory-search-params';
import { overviewExpiringDays, type OverviewCount } from '../api/use-token-overview';

interface Props {
  counts: OverviewCount[];
  params: InventorySearchParams;
}

function isApplied(count: OverviewCount, params: InventorySearchParams): boolean {
  const { state, expiringWithin } = count.filters;
  if (state) return params.state.length === 1 && params.state[0] === state[0];
  return params.expiringWithin === expiringWithin;
}

/** Counts by state and of tokens about to expire; each one is a link that applies its filter. */
export function InventoryOverview({ counts, params }: Props) {
  return (
    <Box
      component="nav"
      aria-label="Token overview"
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))' }}
    >
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
          <Card
            key={count.id}
            variant="outlined"
            sx={{ borderLeftWidth: 4, borderLeftColor: `${color}.main` }}
          >
            <CardActionArea
              component={RouterLink}
              to={href}
              aria-current={applied ? 'true' : undefined}
              sx={{ p: 1.5, height: '100%' }}
            >
              <Typography variant="h5" component="p" sx={{ fontWeight: 600 }}>
                {count.isPending && !count.error ? <Skeleton width={48} /> : (value ?? '—')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {label}
                {applied && ' (shown)'}
              </Typography>
            </CardActionArea>
          </Card>
        );
      })}
    </Box>
  );
}
