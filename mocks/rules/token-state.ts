import type { ServiceToken } from '@/api/types';
import { invalid, problem } from '../http/api-problem';
import { errorCodes } from '../http/error-codes';
import type { DemoStore } from '../store/demo-store';
import type { TokenRow } from '../store/token-table';

/** The path parameter, named in errors as the API's own 400_UUID example names it. */
export const tokenParameter = 'tokenUuid';

/** 400 EQ-3034016 for a uuid that names no token. */
export function findToken(store: DemoStore, uuid: string): TokenRow {
  const row = store.tokens.find(uuid);
  if (!row)
    throw problem(
      400,
      errorCodes.tokenNotFound,
      'Token not found',
      tokenParameter,
      `No service token ${uuid}`,
    );
  return row;
}

type Action = 'changed' | 'deleted' | 'resent';

/** Edit, delete and resend work only while the token is INACTIVE (issued, unused). */
export function requireInactive(token: ServiceToken, action: Action): void {
  const state = token.state ?? 'INACTIVE';
  if (state === 'INACTIVE') return;
  if (action === 'deleted' && state === 'DELETED') {
    throw problem(
      400,
      errorCodes.tokenAlreadyDeleted,
      'Service Token already deleted',
      tokenParameter,
      `Token ${token.uuid} was already deleted`,
    );
  }
  const why: Record<string, string> = {
    ACTIVE: `it is in use by a connection${token.connection?.uuid ? ` (${token.connection.uuid})` : ''}; delete the connection first`,
    EXPIRED: 'it has expired; issue a new token instead',
    DELETED: 'it was deleted',
  };
  throw invalid(
    tokenParameter,
    `This token cannot be ${action}: ${why[state] ?? `its state is ${state}`}. Only INACTIVE tokens can be ${action}.`,
  );
}
