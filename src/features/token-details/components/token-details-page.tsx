import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { TokenStateChip } from '@/components/token-state-chip';
import { paths } from '@/config/paths';
import { TokenDetailsBody, type TokenPanel } from './token-details-body';

const tokenNotFound = 'EQ-3034016';

/** One token's whole story: its fields, asset, recipients, redemption, history and actions. */
export function TokenDetailsPage({ extraPanel }: { extraPanel?: TokenPanel }) {
  const { uuid = '' } = useParams();
  const { data: token, error, isPending, refetch } = useQuery(serviceTokenQueries.detail(uuid));

  const back = (
    <Button component={RouterLink} to={paths.inventory.href()} startIcon={<ArrowBack />}>
      Service Token Inventory
    </Button>
  );

  if (isPending) {
    return (
      <Box sx={{ display: 'grid', gap: 2 }} aria-busy="true">
        <Box>{back}</Box>
        <Typography variant="h4" component="h1">
          Service token
        </Typography>
        <Skeleton variant="rounded" height={240} />
      </Box>
    );
  }

  if (error || !token) {
    const notFound = isApiError(error) && error.code === tokenNotFound;
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Box>{back}</Box>
        <Typography variant="h4" component="h1">
          {notFound ? 'No token with this id' : 'Service token'}
        </Typography>
        {notFound ? (
          <Alert severity="warning">
            There is no service token <code>{uuid}</code>. Check the id, or find the token in the
            inventory.
          </Alert>
        ) : (
          <ApiErrorAlert
            title="The token could not be loaded"
            error={error}
            onRetry={() => void refetch()}
          />
        )}
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>{back}</Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1">
          {token.name || 'Unnamed token'}
        </Typography>
        <TokenStateChip state={token.state} size="medium" />
      </Box>
      <TokenDetailsBody token={{ ...token, uuid: token.uuid ?? uuid }} extraPanel={extraPanel} />
    </Box>
  );
}
