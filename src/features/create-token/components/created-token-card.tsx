import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { portQueries } from '@/api/queries/ports';
import { serviceTokenQueries } from '@/api/queries/service-tokens';
import { CopyTokenButton } from '@/components/copy-token-button';
import { FieldList } from '@/components/field-list';
import { TokenStateChip } from '@/components/token-state-chip';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { describeToken, tokenSelector } from '@/lib/tokens/describe-token';
import { useDeviceMetros } from '@/lib/tokens/device-metros';
import { QueryStatus } from './query-status';

/** The port's name (a token's selector carries only the port's uuid). */
function usePortName(portUuid: string | undefined) {
  const { data } = useQuery({ ...portQueries.list(), enabled: Boolean(portUuid) });
  return data?.data?.find((port) => port.uuid === portUuid)?.name;
}

/** One created token: the uuid to hand over, with Copy, who received it, and what it allows. */
export function CreatedTokenCard({ uuid, title }: { uuid: string; title: string }) {
  const query = useQuery(serviceTokenQueries.detail(uuid));
  const token = query.data;
  const portName = usePortName(token ? tokenSelector(token)?.port?.uuid : undefined);
  const deviceMetros = useDeviceMetros(Boolean(token && tokenSelector(token)?.virtualDevice));
  const description = token ? describeToken(token, deviceMetros) : undefined;
  const rows: [string, ReactNode][] =
    token && description
      ? [
          ['State', <TokenStateChip key="state" state={token.state} />],
          ['Side', description.side ? `${description.side}-side` : '—'],
          [description.assetKindLabel, portName ?? description.asset],
          ['Location', description.metro ?? '—'],
          ['Link', description.link],
          ['Bandwidth', description.bandwidth],
          ['Expires', formatDateTime(token.expirationDateTime)],
          [
            'Remote connections',
            token.connection?.allowRemoteConnection ? 'Allowed' : 'Not allowed',
          ],
          ...(token.name ? [['Name', token.name] satisfies [string, ReactNode]] : []),
        ]
      : [];
  return (
    <Paper variant="outlined" component="section" sx={{ p: 3 }} aria-label={title}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', my: 2 }}>
        <Typography
          component="p"
          sx={{
            fontFamily: 'monospace',
            fontSize: { xs: '1.1rem', sm: '1.5rem' },
            overflowWrap: 'anywhere',
          }}
        >
          {uuid}
        </Typography>
        <CopyTokenButton uuid={uuid} />
      </Box>
      {!token || !description ? (
        <QueryStatus queries={[query]} what="token" />
      ) : (
        <>
          <Typography>
            Sent to: <strong>{description.recipients.join(', ')}</strong>
          </Typography>
          <Box sx={{ my: 2 }}>
            <FieldList fields={rows.map(([label, value]) => ({ label, value }))} />
          </Box>
          <Link component={RouterLink} to={paths.details.href(uuid)}>
            View this token
          </Link>
        </>
      )}
    </Paper>
  );
}
