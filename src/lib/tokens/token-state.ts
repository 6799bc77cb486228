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
 * Every other state has its own reason: an expired token was never redeemed, a deleted one may
 * never have been.
 */
const lockedBecause: Record<Exclude<ServiceTokenState, 'INACTIVE'>, string> = {
  ACTIVE: 'This token has been redeemed and a connection now uses it',
  EXPIRED: 'This token expired before anyone redeemed it',
  DELETED: 'This token has been deleted',
};
type LockedState = keyof typeof lockedBecause;

/** What the owner can do instead, where there is something to do. */
const insteadOf: Partial<Record<LockedState, string>> = {
  EXPIRED: 'Create a new token if your customer still needs one.',
  DELETED: 'Create a new token if your customer still needs one.',
};

const lifecycleVerbs = {
  edit: 'edited',
  delete: 'deleted',
  resend: 'sent again',
  /** Picked for a bulk action in the inventory. */
  select: 'selected',
  /** The demo's simulated redemption and expiry. */
  redeem: 'redeemed or expire',
};

function blockedSentence(state: LockedState | undefined, verbs: string): string {
  if (!state) return `This token's state is unknown, so it cannot be ${verbs}.`;
  return `${lockedBecause[state]}, so it can no longer be ${verbs} (${state}).`;
}

/** Why an action is not offered, or undefined when it is. */
export function lifecycleBlockReason(
  token: Pick<ServiceToken, 'state'>,
  action: keyof typeof lifecycleVerbs,
): string | undefined {
  if (token.state === 'INACTIVE') return undefined;
  return blockedSentence(token.state, lifecycleVerbs[action]);
}

/** One sentence for all lifecycle actions, shown once under the disabled buttons. */
export function lifecycleBlockSummary(token: Pick<ServiceToken, 'state'>): string | undefined {
  if (token.state === 'INACTIVE') return undefined;
  const sentence = blockedSentence(token.state, 'edited, deleted or sent again');
  const instead = token.state && insteadOf[token.state];
  return instead ? `${sentence} ${instead}` : sentence;
}
