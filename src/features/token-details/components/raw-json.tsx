import Box from '@mui/material/Box';
import type { ServiceToken } from '@/api/types';

/** The token exactly as the API answered, for support and for people who read JSON. */
export function RawJson({ token }: { token: ServiceToken }) {
  return (
    <Box
      component="details"
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        p: 2,
        '& summary': { cursor: 'pointer', fontWeight: 600 },
      }}
    >
      <summary>Raw JSON</summary>
      <Box
        component="pre"
        tabIndex={0}
        aria-label="The token as JSON"
        sx={{ overflowX: 'auto', fontSize: '0.8rem', m: 0, mt: 1 }}
      >
        {JSON.stringify(token, null, 2)}
      </Box>
    </Box>
  );
}
