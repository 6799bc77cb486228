import Box from '@mui/material/Box';
import type { ServiceToken } from '@/api/types';
import { CopyTokenButton } from '@/components/copy-token-button';
import { ProjectLabel } from '@/components/project-label';
import { TokenStateChip } from '@/components/token-state-chip';
import { formatDateTime, formatRelative } from '@/lib/format';
import { describeToken } from '@/lib/tokens/describe-token';
import { useMinuteClock } from '@/lib/tokens/minute-clock';
import { DetailsSection } from './details-section';
import { FieldList } from '@/components/field-list';

export function TokenSummary({ token }: { token: ServiceToken }) {
  const now = useMinuteClock();
  const description = describeToken(token);
  const expires = token.expirationDateTime;
  return (
    <DetailsSection title="Summary">
      <FieldList
        fields={[
          { label: 'Name', value: token.name || 'Unnamed token' },
          { label: 'Description', value: token.description || '—' },
          {
            label: 'Token',
            value: token.uuid && (
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <code>{token.uuid}</code>
                <CopyTokenButton uuid={token.uuid} />
              </Box>
            ),
          },
          { label: 'State', value: <TokenStateChip state={token.state} /> },
          {
            label: 'Expires',
            value: expires
              ? token.state === 'INACTIVE'
                ? `${formatDateTime(expires)} (${formatRelative(expires, new Date(now))})`
                : formatDateTime(expires)
              : '—',
          },
          { label: 'Side', value: description.side ? `${description.side}-side` : '—' },
          { label: 'Token type', value: token.type ?? '—' },
          { label: 'Connection type', value: token.connection?.type ?? '—' },
          {
            label: 'Remote connections',
            value: token.connection?.allowRemoteConnection
              ? 'Allowed (the connection may end in another metro)'
              : 'Not allowed (the connection must stay in this metro)',
          },
          { label: 'Bandwidth', value: description.bandwidth },
          {
            label: 'Project',
            value: token.project?.projectId ? (
              <ProjectLabel projectId={token.project.projectId} />
            ) : (
              '—'
            ),
          },
          {
            label: 'Account',
            value: token.account?.accountName
              ? `${token.account.accountName}${token.account.accountNumber ? ` (${token.account.accountNumber})` : ''}`
              : '—',
          },
        ]}
      />
    </DetailsSection>
  );
}
