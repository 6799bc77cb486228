import { serviceTokenConnectionTypeValues } from '@/api/schema.gen';
import type { ServiceToken } from '@/api/types';
import { ApiProblem, invalid, problem } from '../http/api-problem';
import { errorCodes } from '../http/error-codes';
import type { DemoStore } from '../store/demo-store';
import type { TokenSide } from '../store/token-spec';
import { tokenSide, type TokenRow } from '../store/token-table';
import { describe, isInteger, isRecord, isString, type JsonObject } from './json';

/** A token authorises only the connection types a token can name. */
const connectionTypes = serviceTokenConnectionTypeValues;

const stateReason: Record<string, string> = {
  ACTIVE: 'it was already used to create a connection',
  EXPIRED: 'it has expired',
  DELETED: 'it was deleted',
};

/** The token on one side: it must exist, sit on its own side, be INACTIVE, and allow this connection. */
export function checkToken(
  store: DemoStore,
  side: TokenSide,
  ref: JsonObject,
  body: JsonObject,
): { row: TokenRow; token: ServiceToken } {
  const at = `/${side}/serviceToken/uuid`;
  if (!isString(ref.uuid)) throw invalid(at, 'serviceToken.uuid is required');
  const row = store.tokens.find(ref.uuid);
  if (!row)
    throw problem(
      400,
      errorCodes.tokenNotFound,
      'Token not found',
      at,
      `No service token ${ref.uuid}`,
    );
  const token = store.token(row);
  if (tokenSide(token) !== side) {
    throw invalid(
      at,
      `Token ${row.uuid} is a ${tokenSide(token) === 'aSide' ? 'A' : 'Z'}-side token; put it on ${tokenSide(token)}`,
    );
  }
  if (token.state !== 'INACTIVE') {
    const why = stateReason[token.state ?? ''] ?? `its state is ${token.state}`;
    throw problem(
      400,
      errorCodes.tokenInvalidStatus,
      'Service token has an invalid status for creating a connection',
      at,
      `This token cannot be redeemed: ${why}`,
    );
  }
  if (body.type !== token.connection?.type) {
    throw invalid(
      '/type',
      `Token ${row.uuid} allows ${token.connection?.type} connections, not ${describe(body.type)}`,
    );
  }
  const bandwidth = body.bandwidth;
  const limit = token.connection?.bandwidthLimit;
  const supported = token.connection?.supportedBandwidths ?? [];
  const allowed =
    isInteger(bandwidth) &&
    (limit !== undefined
      ? bandwidth <= limit
      : supported.includes(bandwidth) ||
        (token.connection?.allowCustomBandwidth === true && bandwidth <= Math.max(...supported)));
  if (!allowed) {
    const offer =
      limit !== undefined ? `at most ${limit} Mbps` : `one of ${supported.join(', ')} Mbps`;
    throw problem(
      400,
      errorCodes.tokenBandwidthExceeded,
      "The requested connection bandwidth exceeds the token's limit",
      '/bandwidth',
      `${describe(bandwidth)} Mbps is not allowed: this token allows ${offer}`,
    );
  }
  return { row, token };
}

/** The parts of a redemption request that do not depend on the other side. */
export function checkShape(body: unknown): JsonObject {
  if (!isRecord(body)) throw invalid('', 'The request body must be a connection object');
  const missing = ['type', 'name', 'bandwidth', 'notifications', 'aSide', 'zSide'].filter(
    (key) => body[key] === undefined,
  );
  if (missing.length > 0) {
    throw new ApiProblem(
      400,
      missing.map((key) => ({
        errorCode: errorCodes.invalidInput,
        errorMessage: `${key} is required`,
        property: `/${key}`,
        reason: `${key} is required`,
      })),
    );
  }
  if (!connectionTypes.some((type) => type === body.type))
    throw invalid('/type', `${describe(body.type)} is not a connection type a token can create`);
  if (!isString(body.name) || body.name.trim() === '')
    throw invalid('/name', 'A connection name is required');
  if (!isInteger(body.bandwidth) || body.bandwidth < 1 || body.bandwidth > 10000) {
    throw invalid(
      '/bandwidth',
      'The connection bandwidth must be a whole number of Mbps from 1 to 10000',
    );
  }
  return body;
}
