import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { DemoState } from '@/lib/demo-api';
import { formatDateTime } from '@/lib/format';
import { seedSizeLabel } from './demo-options';

/** What the demo backend currently is: its clock, its data and who the user acts as. */
export function DemoStatus({ state }: { state: DemoState | undefined }) {
  const rows: [string, string | undefined][] = [
    ['Demo clock', state && formatDateTime(state.now)],
    ['Service tokens', state && state.tokenCount.toLocaleString()],
    ['Data set', state && seedSizeLabel(state.seedSize)],
  ];
  return (
    <Box
      component="dl"
      aria-label="Demo backend status"
      aria-busy={!state}
      sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
    >
      {rows.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 500 }}>
            {value ?? <Skeleton width={140} />}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
