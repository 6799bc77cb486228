import type { ServiceToken, ServiceTokenState } from '@/api/types';

export type TokenStateColor = 'success' | 'info' | 'warning' | 'error' | 'secondary';

interface TokenStateMeta {
  /** What the state means to a person; the raw enum is shown beside it. */
  label: string;
  color: TokenStateColor;
}

/** The API never defines its states; these plain labels follow DOMAIN.md section 0. */
export const tokenStateMeta: Record<ServiceTokenState, TokenStateMeta> = {
  INACTIVE: { label: 'Available (not redeemed)', color: 'info' },
  ACTIVE: { label: 'Redeemed (in use)', color: 'success' },
  EXPIRED: { label: 'Expired', color: 'warning' },
  DELETED: { label: 'Deleted', color: 'secondary' },
};

export const tokenStates = Object.keys(tokenStateMeta) as ServiceTokenState[];

export function isTokenState(value: string): value is ServiceTokenState {
  return value in tokenStateMeta;
}

export function tokenStateLabel(state: ServiceTokenState | undefined): string {
  return state ? tokenStateMeta[state].label : 'Unknown';
}

/**
 * Edit, delete and resend are allowed only while a token is INACTIVE (DOMAIN.md section 3.2).
 * Returns why an action is not offered, or undefined when it is.
 */
const lifecycleVerbs = {
  edit: 'edited',
  delete: 'deleted',
  resend: 'sent again',
  /** Picked for a bulk action in the inventory. */
  select: 'selected',
  /** The demo's simulated redemption and expiry. */
  redeem: 'redeemed or expire',
};

export function lifecycleBlockReason(
  token: Pick<ServiceToken, 'state'>,
  action: keyof typeof lifecycleVerbs,
): string | undefined {
  if (token.state === 'INACTIVE') return undefined;
  const verb = lifecycleVerbs[action];
  const state = token.state ?? 'in an unknown state';
  return `Only tokens that have not been redeemed can be ${verb} (this token is ${state}).`;
}

/** One sentence for all lifecycle actions, shown once under the disabled buttons. */
export function lifecycleBlockSummary(token: Pick<ServiceToken, 'state'>): string | undefined {
  if (token.state === 'INACTIVE') return undefined;
  const state = token.state ?? 'in an unknown state';
  return `Only tokens that have not been redeemed can be edited, deleted or sent again (this token is ${state}).`;
}
