import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { Navigate, Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { CreatedTokenCard } from './created-token-card';

/**
 * "Service Token Created". The uuids are in the URL (`?token=…`), so a reload shows the same
 * page: the tokens come from the cache the create filled, or are read again.
 */
export function CreatedPage() {
  const [params] = useSearchParams();
  const uuids = params.getAll('token');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (uuids.length === 0) return <Navigate to={paths.create.href('basic')} replace />;
  const pair = uuids.length === 2;
  return (
    <Box sx={{ maxWidth: 960, mx: 'auto' }}>
      <Typography
        variant="h4"
        component="h1"
        tabIndex={-1}
        ref={headingRef}
        sx={{ outline: 'none' }}
      >
        {uuids.length > 1 ? 'Service Tokens Created' : 'Service Token Created'}
      </Typography>
      <Typography sx={{ my: 2 }}>
        {pair
          ? 'One token per device of the redundant pair. Each was emailed to its recipients. Copy them and hand them to your customer: each can be redeemed once.'
          : 'The token was emailed to its recipients. Copy it and hand it to your customer: it can be redeemed once.'}
      </Typography>
      <Stack spacing={2}>
        {uuids.map((uuid, index) => (
          <CreatedTokenCard
            key={uuid}
            uuid={uuid}
            title={
              pair ? (index === 0 ? 'Primary token' : 'Secondary token') : 'Your service token'
            }
          />
        ))}
      </Stack>
      <Box sx={{ display: 'flex', gap: 2, mt: 3, flexWrap: 'wrap' }}>
        <Button variant="outlined" component={RouterLink} to={paths.inventory.href()}>
          View the inventory
        </Button>
        <Button variant="outlined" component={RouterLink} to={paths.create.href('basic')}>
          Create another token
        </Button>
      </Box>
    </Box>
  );
}
