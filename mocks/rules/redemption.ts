import type { components } from '@/api/schema.gen';
import type { Connection, ServiceToken } from '@/api/types';
import { invalid, problem } from '../http/api-problem';
import { errorCodes } from '../http/error-codes';
import { newCorrelationId } from '../http/error-response';
import { PROJECT_MAIN } from '../seed/fixtures';
import { buildConnection, tokenConnectionSide } from '../store/connection-factory';
import type { DemoStore } from '../store/demo-store';
import { assetLocation } from '../store/token-factory';
import type { Person, TokenSide } from '../store/token-spec';
import type { TokenRow } from '../store/token-table';
import { isRecord, isString } from './json';
import { checkShape, checkToken } from './redemption-checks';
import { checkRedeemerPoint, type RedeemerPoint } from './redeemer-access-point';
import { knownProjects } from './token-request';
import { checkNotifications } from './token-values';
import { tokenAccessPoint } from './token-access-point';

type ConnectionSide = components['schemas']['ConnectionSide'];

/** A checked redemption: the connection to create and the tokens it uses. */
export interface Redemption {
  connection: Connection;
  rows: TokenRow[];
}

function sameArea(
  token: ServiceToken,
  where: { metroCode?: string; region?: string },
  store: DemoStore,
): boolean {
  const asset = tokenAccessPoint(store, token);
  const home = asset ? assetLocation(asset.asset, store.catalog) : {};
  if (home.metroCode) return home.metroCode === where.metroCode;
  if (home.region) return home.region === where.region;
  return true;
}

/** Every rule of redeeming with POST /fabric/v4/connections. */
export function checkRedemption(store: DemoStore, body: unknown, creator: Person): Redemption {
  const request = checkShape(body);
  const notifications = checkNotifications(request.notifications);
  const refs = (['aSide', 'zSide'] as const).flatMap((side) => {
    const value = request[side];
    if (!isRecord(value)) throw invalid(`/${side}`, `${side} must be an object`);
    return isRecord(value.serviceToken) ? [{ side, ref: value.serviceToken }] : [];
  });
  if (refs.length === 0) {
    throw invalid(
      '',
      'The demo backend creates connections that redeem a service token: put serviceToken {uuid} on aSide or zSide',
    );
  }
  const used = refs.map(({ side, ref }) => ({ side, ...checkToken(store, side, ref, request) }));
  const sides: Partial<Record<TokenSide, ConnectionSide>> = {};
  const locations: Partial<Record<TokenSide, { metroCode?: string; region?: string }>> = {};
  for (const { side, token } of used) {
    const point = tokenAccessPoint(store, token);
    if (!point) throw invalid(`/${side}/serviceToken/uuid`, 'The token points at no asset');
    sides[side] = tokenConnectionSide(token, point.accessPoint);
    locations[side] = assetLocation(point.asset, store.catalog);
  }
  let redeemer: RedeemerPoint | undefined;
  const [first] = used;
  const otherSide: TokenSide = first?.side === 'aSide' ? 'zSide' : 'aSide';
  if (used.length === 1) {
    const value = request[otherSide];
    redeemer = checkRedeemerPoint(
      store,
      isRecord(value) ? value.accessPoint : undefined,
      `/${otherSide}/accessPoint`,
    );
    sides[otherSide] = { accessPoint: redeemer.accessPoint };
    locations[otherSide] = { metroCode: redeemer.metroCode, region: redeemer.region };
  }
  for (const { side, token } of used) {
    const other = locations[side === 'aSide' ? 'zSide' : 'aSide'] ?? {};
    if (token.connection?.allowRemoteConnection !== true && !sameArea(token, other, store)) {
      const at = `/${side === 'aSide' ? 'zSide' : 'aSide'}/accessPoint/location/metroCode`;
      throw problem(
        400,
        errorCodes.tokenRemoteNotAllowed,
        'Remote connection is not allowed with this service token',
        at,
        `Token ${token.uuid} allows local connections only: connect from ${locations[side]?.metroCode ?? locations[side]?.region}`,
      );
    }
  }
  const aSide = sides.aSide;
  const zSide = sides.zSide;
  if (!aSide || !zSide) throw invalid('', 'Both sides are required');
  const redundancy = isRecord(request.redundancy) ? request.redundancy : {};
  const projectId =
    isRecord(request.project) && isString(request.project.projectId)
      ? request.project.projectId
      : PROJECT_MAIN;
  if (!knownProjects.includes(projectId))
    throw invalid('/project/projectId', `Project ${projectId} was not found`);
  const connection = buildConnection({
    uuid: newCorrelationId(),
    name: String(request.name),
    type: first?.token.connection?.type ?? 'EVPL_VC',
    bandwidth: Number(request.bandwidth),
    aSide,
    zSide,
    createdMs: store.now(),
    creator,
    projectId,
    notifications,
    redundancy: {
      group: isString(redundancy.group) ? redundancy.group : newCorrelationId(),
      priority: redundancy.priority === 'SECONDARY' ? 'SECONDARY' : 'PRIMARY',
    },
    isRemote: locations.aSide?.metroCode !== locations.zSide?.metroCode,
    provisioned: false,
  });
  return { connection, rows: used.map(({ row }) => row) };
}
