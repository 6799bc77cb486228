import type { ServiceToken } from '@/api/types';
import {
  describeToken,
  type DeviceMetros,
  type TokenDescription,
} from '@/lib/tokens/describe-token';
import type { InventoryColumnId } from '../inventory-search-params';

/** A token with its description read once, so cells and CSV rows never re-derive it. */
export interface InventoryRow {
  token: ServiceToken;
  description: TokenDescription;
}

export function toInventoryRow(token: ServiceToken, deviceMetros?: DeviceMetros): InventoryRow {
  return { token, description: describeToken(token, deviceMetros) };
}

export const columnLabels: Record<InventoryColumnId, string> = {
  name: 'Name',
  uuid: 'Token',
  side: 'Side',
  asset: 'Asset',
  metro: 'Location',
  link: 'Link protocol / VLAN',
  bandwidth: 'Bandwidth',
  state: 'State',
  expires: 'Expires',
  recipients: 'Recipients',
  created: 'Created',
};

/** The name is the link to the token's details, so it cannot be hidden. */
export const alwaysVisibleColumns: readonly InventoryColumnId[] = ['name'];

export const expiryWarningDays = 7;
const dayMs = 24 * 60 * 60 * 1000;

/** A still redeemable token that runs out within a week deserves a warning. */
export function expiresSoon(token: ServiceToken, now: number): boolean {
  if (token.state !== 'INACTIVE' || !token.expirationDateTime) return false;
  const left = new Date(token.expirationDateTime).getTime() - now;
  return left >= 0 && left < expiryWarningDays * dayMs;
}
