import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

export interface Field {
  label: string;
  value: ReactNode;
}

/** A description list: the natural markup for "label: value" pairs, read well by screen readers. */
export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' },
        columnGap: 3,
        rowGap: 1,
        m: 0,
        '& dt': { color: 'text.secondary', fontWeight: 500 },
        '& dd': { m: 0, overflowWrap: 'anywhere' },
      }}
    >
      {fields.map(({ label, value }) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </Box>
      ))}
    </Box>
  );
}
