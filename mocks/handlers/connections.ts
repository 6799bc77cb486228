import type { Connection } from '@/api/types';
import { invalid, problem } from '../http/api-problem';
import { demoHttp } from '../http/demo-http';
import { errorCodes } from '../http/error-codes';
import { isRecord } from '../rules/json';
import { checkRedemption } from '../rules/redemption';
import { connectionSearchGrammar, connectionSortProperties } from '../search/connection-grammar';
import { compileFilter } from '../search/filter-engine';
import { pageFromSearch, pageInfo, slicePage } from '../search/pagination';
import { parseSort, sortItems } from '../search/sort';
import { demoUser } from '../seed/people';
import type { DemoStore } from '../store/demo-store';
import type { Person } from '../store/token-spec';

/** A new connection provisions for 30 seconds of demo time, then reads as PROVISIONED. */
const provisioningMs = 30_000;

export function connectionView(connection: Connection, now: number): Connection {
  const created = Date.parse(connection.changeLog?.createdDateTime ?? '');
  if (connection.operation?.equinixStatus !== 'PROVISIONING' || now - created < provisioningMs)
    return connection;
  return {
    ...connection,
    state: 'ACTIVE',
    operation: { providerStatus: 'AVAILABLE', equinixStatus: 'PROVISIONED' },
  };
}

/** Redeems: creates the connection and turns its token(s) ACTIVE (their holds move to it). */
export function redeem(
  store: DemoStore,
  body: unknown,
  creator: Person,
  dryRun: boolean,
): Connection {
  const { connection, rows } = checkRedemption(store, body, creator);
  if (dryRun) return connection;
  store.addConnection(connection);
  const when = new Date(store.now()).toISOString();
  for (const row of rows) {
    store.changeToken(row, (token) => {
      token.state = 'ACTIVE';
      token.connection = { ...token.connection, uuid: connection.uuid, href: connection.href };
      token.changeLog = {
        ...token.changeLog,
        updatedBy: creator.username,
        updatedByFullName: creator.fullName,
        updatedByEmail: creator.email,
        updatedDateTime: when,
      };
    });
  }
  return connection;
}

export const connectionHandlers = [
  demoHttp.post(
    '/fabric/v4/connections',
    ({ response, demo }) => {
      const dryRun = demo.url.searchParams.get('dryRun') === 'true';
      const connection = redeem(demo.store, demo.body, demoUser, dryRun);
      return dryRun ? response(200).json(connection) : response(201).json(connection);
    },
    { write: true },
  ),

  demoHttp.get('/fabric/v4/connections/{connectionId}', ({ params, response, demo }) => {
    const connection = demo.store.connections.byUuid.get(params.connectionId);
    if (!connection) {
      throw problem(
        400,
        errorCodes.connectionNotFound,
        'Connection does not exist or do not belong to user,Please check connection Id',
        'connectionId',
      );
    }
    return response(200).json(connectionView(connection, demo.store.now()));
  }),

  demoHttp.post('/fabric/v4/connections/search', ({ response, demo }) => {
    const body = demo.body;
    if (!isRecord(body)) throw invalid('', 'A search body is {filter, pagination, sort}');
    const matches = compileFilter(body.filter, connectionSearchGrammar);
    const sort = parseSort(body.sort, connectionSortProperties, {
      property: '/changeLog/updatedDateTime',
      direction: 'DESC',
    });
    const page = pageFromSearch(demo.url, body.pagination);
    const now = demo.store.now();
    const found = sortItems(demo.store.connections.list.filter(matches), sort);
    return response(200).json({
      pagination: pageInfo(page, found.length, '/fabric/v4/connections/search'),
      sort,
      data: slicePage(found, page).map((connection) => connectionView(connection, now)),
    });
  }),
];
