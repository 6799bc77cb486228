import Check from '@mui/icons-material/Check';
import ContentCopy from '@mui/icons-material/ContentCopy';
import WarningAmber from '@mui/icons-material/WarningAmber';
import IconButton from '@mui/material/IconButton';
import { Link as RouterLink } from 'react-router';
import type { ServiceToken } from '@/api/types';
import { useCopyToken, visuallyHidden } from '@/lib/use-copy-token';
import { paths } from '@/config/paths';
import { formatDateTime, formatRelative } from '@/lib/format';
import { useMinuteClock } from '@/lib/tokens/minute-clock';
import { expiresSoon } from '../lib/inventory-row';

/** Copies a row's token uuid: CopyTokenButton's behaviour, as an icon button. */
export function CopyUuidButton({ uuid }: { uuid: string }) {
  const { status, copy, feedback } = useCopyToken(uuid);
  return (
    <>
      <IconButton
        size="small"
        aria-label={`Copy token ${uuid}`}
        title={feedback || 'Copy token'}
        onClick={copy}
      >
        {status === 'copied' ? <Check fontSize="small" /> : <ContentCopy fontSize="small" />}
      </IconButton>
      {/* The button shows a check; the words reach screen readers through this status. */}
      <span role="status" style={visuallyHidden}>
        {feedback}
      </span>
    </>
  );
}

/** The row's way in: a real link, so keyboard and screen reader users reach the details. */
export function TokenNameCell({ token }: { token: ServiceToken }) {
  if (!token.uuid) return <>{token.name ?? '—'}</>;
  return (
    <RouterLink
      className="name-link clip"
      to={paths.details.href(token.uuid)}
      title={token.name || undefined}
    >
      {token.name || <em>Unnamed token</em>}
    </RouterLink>
  );
}

/** Relative for a token that can still be redeemed; the exact instant on hover and for readers. */
export function ExpiresCell({ token }: { token: ServiceToken }) {
  const now = useMinuteClock();
  const iso = token.expirationDateTime;
  if (!iso) return <>—</>;
  const exact = formatDateTime(iso);
  if (token.state !== 'INACTIVE') {
    // A redeemed, expired or deleted token no longer counts down.
    return <span>{exact}</span>;
  }
  const soon = expiresSoon(token, now);
  return (
    // A native title: the exact instant on hover, for every row without a tooltip each.
    <span className="expires" title={exact} style={{ fontWeight: soon ? 600 : 400 }}>
      {soon && <WarningAmber fontSize="small" color="warning" />}
      <time dateTime={iso}>{formatRelative(iso, new Date(now))}</time>
      <span style={visuallyHidden}>
        {' '}
        ({exact}){soon ? ', expires within 7 days' : ''}
      </span>
    </span>
  );
}

export function CreatedCell({ at, by }: { at?: string; by?: string }) {
  const now = useMinuteClock();
  if (!at && !by) return <>—</>;
  return (
    <span
      className="clip"
      title={[at && formatDateTime(at), by && `by ${by}`].filter(Boolean).join(' ')}
    >
      {at && <time dateTime={at}>{formatRelative(at, new Date(now))}</time>}
      {by && <span className="secondary"> by {by}</span>}
    </span>
  );
}

export function RecipientsCell({ recipients }: { recipients: string[] }) {
  const [first, ...rest] = recipients;
  if (!first) return <>—</>;
  return (
    <span className="clip" title={recipients.join(', ')}>
      {first}
      {rest.length > 0 && <span className="secondary"> +{rest.length} more</span>}
    </span>
  );
}
