import { useQuery } from '@tanstack/react-query';
import { connectionQueries } from '@/api/queries/connections';
import type { Connection, ServiceToken } from '@/api/types';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { formatBandwidth, formatDateTime } from '@/lib/format';
import { tokenSide } from '@/lib/tokens/describe-token';
import { DetailsSection } from './details-section';
import { FieldList } from '@/components/field-list';

type AccessPoint = NonNullable<Connection['aSide']['accessPoint']>;

function describeAccessPoint(point: AccessPoint | undefined): string {
  if (!point) return '—';
  const where = point.location?.metroCode ? ` in ${point.location.metroCode}` : '';
  const protocol = point.linkProtocol;
  const tag =
    protocol?.type === 'QINQ'
      ? `, S-tag ${protocol.vlanSTag} / C-tag ${protocol.vlanCTag}`
      : protocol?.vlanTag !== undefined
        ? `, VLAN ${protocol.vlanTag}`
        : '';
  switch (point.type) {
    case 'COLO':
      return `Port ${point.port?.name ?? point.port?.uuid ?? ''}${where}${tag}`;
    case 'VD':
      return `Virtual device ${point.virtualDevice?.name ?? point.virtualDevice?.uuid ?? ''}${where}`;
    case 'SP':
      return `Service profile ${point.profile?.name ?? point.profile?.uuid ?? ''}${where}`;
    default:
      return `${point.type ?? 'Access point'}${where}`;
  }
}

/**
 * The connection that redeemed the token. The token has no reference to it, so it is found by a
 * connection search on the token uuid (DOMAIN.md section 7).
 */
export function RedeemingConnection({ token }: { token: ServiceToken & { uuid: string } }) {
  const side = tokenSide(token) === 'A' ? 'aSide' : 'zSide';
  const { data, error, isPending, refetch } = useQuery({
    ...connectionQueries.byServiceToken(token.uuid, side),
    enabled: token.state === 'ACTIVE',
  });
  if (token.state !== 'ACTIVE') return null;
  const connection = data?.data?.[0];
  const otherSide = side === 'aSide' ? connection?.zSide : connection?.aSide;
  let body;
  if (error) {
    body = (
      <ApiErrorAlert
        title="The redeeming connection could not be loaded"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  } else if (isPending) {
    body = 'Looking for the connection…';
  } else if (!connection) {
    body = 'No connection made with this token was found.';
  } else {
    body = (
      <FieldList
        fields={[
          { label: 'Connection', value: connection.name },
          { label: 'Connection uuid', value: <code>{connection.uuid ?? '—'}</code> },
          {
            label: 'State',
            value: connection.state || connection.operation?.equinixStatus || '—',
          },
          { label: 'Bandwidth', value: formatBandwidth(connection.bandwidth) },
          { label: 'Connects to', value: describeAccessPoint(otherSide?.accessPoint) },
          { label: 'Created', value: formatDateTime(connection.changeLog?.createdDateTime) },
        ]}
      />
    );
  }
  return <DetailsSection title="Redeemed by">{body}</DetailsSection>;
}
