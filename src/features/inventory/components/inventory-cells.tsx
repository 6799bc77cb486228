import { Link as RouterLink } from 'react-router';
import type { ServiceToken, ServiceTokenState } from '@/api/types';
import { useCopyToken, visuallyHidden } from '@/lib/use-copy-token';
import { paths } from '@/config/paths';
import { formatDateTime, formatRelative } from '@/lib/format';
import { useMinuteClock } from '@/lib/tokens/minute-clock';
import { tokenStateMeta } from '@/lib/tokens/token-state';
import { expiresSoon } from '../lib/inventory-row';

// The cells are plain elements styled by the table (inventory-table.tsx, bodyStyles): they repeat
// on every row, where a styled component each (MUI's Chip, IconButton, SvgIcon) would cost most
// of the page's render time. The icons are MUI's (@mui/icons-material), drawn as plain SVG.
const iconPaths = {
  INACTIVE:
    'M6 2v6h.01L6 8.01 10 12l-4 4 .01.01H6V22h12v-5.99h-.01L18 16l-4-4 4-3.99-.01-.01H18V2zm10 14.5V20H8v-3.5l4-4zm-4-5-4-4V4h8v3.5z',
  ACTIVE:
    'M16.59 7.58 10 14.17l-3.59-3.58L5 12l5 5 8-8zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8',
  EXPIRED:
    'm9.31 17 2.44-2.44L14.19 17l1.06-1.06-2.44-2.44 2.44-2.44L14.19 10l-2.44 2.44L9.31 10l-1.06 1.06 2.44 2.44-2.44 2.44zM19 3h-1V1h-2v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2m0 16H5V8h14z',
  DELETED: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM8 9h8v10H8zm7.5-5-1-1h-5l-1 1H5v2h14V4z',
  unknown:
    'M11 18h2v-2h-2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8m0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4',
  copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z',
  copied: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  warning: 'M12 5.99 19.53 19H4.47zM12 2 1 21h22zM13 16h-2v2h2zm0-6h-2v5h2z',
} as const;

function Icon({ name }: { name: keyof typeof iconPaths }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={iconPaths[name]} />
    </svg>
  );
}

/**
 * A token's state as text, colour and icon, with the API's raw value beside the plain label: the
 * table's own drawing of TokenStateChip (same words, same colours).
 */
export function StateBadge({ state }: { state: ServiceTokenState | undefined }) {
  if (!state) {
    return (
      <span className="state">
        <Icon name="unknown" />
        Unknown
      </span>
    );
  }
  const { label, color } = tokenStateMeta[state];
  return (
    <span className="state" data-color={color}>
      <Icon name={state} />
      <span>
        {label} <span className="state-raw">{state}</span>
      </span>
    </span>
  );
}

/** Copies a row's token uuid: CopyTokenButton's behaviour, as a plain icon button. */
export function CopyUuidButton({ uuid }: { uuid: string }) {
  const { status, copy, feedback } = useCopyToken(uuid);
  return (
    <>
      <button
        type="button"
        className="copy"
        aria-label={`Copy token ${uuid}`}
        title={feedback || 'Copy token'}
        onClick={copy}
      >
        <Icon name={status === 'copied' ? 'copied' : 'copy'} />
      </button>
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
    <RouterLink className="name-link" to={paths.details.href(token.uuid)}>
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
    // A native title: the exact instant on hover without a tooltip library in the landing page.
    <span className="expires" title={exact} style={{ fontWeight: soon ? 600 : 400 }}>
      {soon && <Icon name="warning" />}
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
    <span>
      {at && (
        <time dateTime={at} title={formatDateTime(at)}>
          {formatRelative(at, new Date(now))}
        </time>
      )}
      {by && <span className="secondary block">by {by}</span>}
    </span>
  );
}

export function RecipientsCell({ recipients }: { recipients: string[] }) {
  const [first, ...rest] = recipients;
  if (!first) return <>—</>;
  return (
    <span title={recipients.join(', ')}>
      {first}
      {rest.length > 0 && <span className="secondary"> +{rest.length} more</span>}
    </span>
  );
}
