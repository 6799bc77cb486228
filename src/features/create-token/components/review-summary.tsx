import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { FieldList } from '@/components/field-list';
import { paths } from '@/config/paths';
import { formatBandwidth, formatDate } from '@/lib/format';
import { daysAhead, expirationDateTime } from '../expiration';
import { useAssetLabels } from '../use-asset-labels';
import type { FormStepId } from '../wizard-steps';
import type { WizardValues } from '../wizard-values';
import { visuallyHidden } from './visually-hidden';

const assetTypeNames = { PORT: 'Port', VD: 'Virtual Device', NETWORK: 'Network' } as const;

type Row = [string, ReactNode];
const optional = (detail: ReactNode, term: string): Row[] => (detail ? [[term, detail]] : []);

function Group({ title, step, rows }: { title: string; step: FormStepId; rows: Row[] }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography variant="h6" component="h3" id={headingId}>
          {title}
        </Typography>
        <Link component={RouterLink} to={paths.create.href(step)}>
          Edit{' '}
          <Box component="span" sx={visuallyHidden}>
            {title.toLowerCase()}
          </Box>
        </Link>
      </Box>
      <Box sx={{ mt: 1 }}>
        <FieldList fields={rows.map(([label, value]) => ({ label, value }))} />
      </Box>
    </Paper>
  );
}

/** Every choice, grouped by the step that made it, each group with a way back to its step. */
export function ReviewSummary({ values, projectId }: { values: WizardValues; projectId: string }) {
  const labels = useAssetLabels(values, projectId);
  const days = daysAhead(values.expirationDate);
  const expires =
    days === undefined
      ? values.expirationDate
      : `${formatDate(expirationDateTime(values.expirationDate))} (in ${days} day${days === 1 ? '' : 's'})`;
  const basicRows: Row[] = [
    [
      'Service token type',
      values.side === 'A' ? 'A-side Connection Service Token' : 'Z-side Connection Service Token',
    ],
    ['Asset type', assetTypeNames[values.assetType]],
    ...optional(labels.location, 'Location'),
    [assetTypeNames[values.assetType], labels.asset],
    ...optional(labels.tags, 'VLAN'),
    ...optional(labels.interfaces, 'Interface'),
    [
      'Remote connections',
      values.allowRemoteConnection ? 'Allowed' : 'Not allowed (same metro only)',
    ],
  ];
  const detailRows: Row[] = [
    ['Expiration', expires],
    values.side === 'A'
      ? [
          'Bandwidth limit',
          values.bandwidthLimit === null ? '—' : formatBandwidth(values.bandwidthLimit),
        ]
      : ['Supported bandwidths', values.supportedBandwidths.map(formatBandwidth).join(', ')],
    ['Recipients', values.emails.join(', ')],
    ...optional(values.name.trim(), 'Name'),
    ...optional(values.description.trim(), 'Description'),
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Group title="Basic configuration" step="basic" rows={basicRows} />
      <Group title="Token details" step="details" rows={detailRows} />
    </Box>
  );
}
