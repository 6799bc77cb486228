import type {
  ConnectionPostRequest,
  LinkProtocol,
  LinkProtocolEntry,
  Port,
  ServiceToken,
} from '@/api/types';
import { tokenRecipients, tokenSelector, tokenSide } from '@/lib/tokens/describe-token';

/**
 * The demo's "Simulate redemption": the connection a recipient would create with this token
 * (DOMAIN.md section 7). The token goes on the side it authorises; the other side is one of the
 * demo user's own ports, preferably in the token's metro so a local-only token can be redeemed.
 */
export function pickRedemptionPort(
  token: ServiceToken,
  ports: Port[],
  metroCode: string | undefined,
): Port | undefined {
  const own = tokenSelector(token)?.port?.uuid;
  const usable = ports.filter(
    (port) =>
      port.uuid &&
      port.uuid !== own &&
      port.state === 'ACTIVE' &&
      port.project?.projectId === token.project?.projectId,
  );
  const local = usable.filter((port) => port.location?.metroCode === metroCode);
  const tagged = (list: Port[]) => list.find((port) => port.encapsulation?.type !== 'UNTAGGED');
  return tagged(local) ?? local[0] ?? tagged(usable) ?? usable[0];
}

/** The lowest tag from 1000 up that no connection or token holds on the port. */
export function freeLinkProtocol(port: Port, used: LinkProtocolEntry[]): LinkProtocol {
  const encapsulation = port.encapsulation?.type;
  if (encapsulation === 'UNTAGGED') return { type: 'UNTAGGED' };
  const held = new Set(
    used
      .filter((entry) => entry.state !== 'RELEASED')
      .flatMap((entry) => [entry.vlanTag, entry.vlanSTag]),
  );
  let tag = 1000;
  while (held.has(tag) && tag < 4092) tag += 1;
  return encapsulation === 'QINQ'
    ? { type: 'QINQ', vlanSTag: tag, vlanCTag: 100 }
    : { type: 'DOT1Q', vlanTag: tag };
}

/** What a recipient would ask for: the A-side limit, or the lowest Z-side speed on offer. */
export function redemptionBandwidth(token: ServiceToken): number {
  const limit = token.connection?.bandwidthLimit;
  if (limit !== undefined) return limit;
  const speeds = token.connection?.supportedBandwidths ?? [];
  return speeds.length > 0 ? Math.min(...speeds) : 50;
}

export function redemptionRequest(
  token: ServiceToken,
  port: Port,
  linkProtocol: LinkProtocol,
  fallbackEmail: string,
): ConnectionPostRequest {
  const uuid = token.uuid ?? '';
  const tokenSideValue = { serviceToken: { uuid } };
  const portSide = {
    accessPoint: {
      type: 'COLO' as const,
      port: { uuid: port.uuid },
      linkProtocol,
      ...(port.location?.metroCode && { location: { metroCode: port.location.metroCode } }),
    },
  };
  const recipients = tokenRecipients(token);
  const isASideToken = tokenSide(token) === 'A';
  return {
    type: token.connection?.type ?? 'EVPL_VC',
    name: `Demo redemption ${uuid.slice(0, 8)}`,
    bandwidth: redemptionBandwidth(token),
    notifications: [{ type: 'ALL', emails: recipients.length > 0 ? recipients : [fallbackEmail] }],
    aSide: isASideToken ? tokenSideValue : portSide,
    zSide: isASideToken ? portSide : tokenSideValue,
    ...(token.project && { project: { projectId: token.project.projectId } }),
  };
}
