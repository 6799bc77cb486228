import type { ServiceToken } from '@/api/types';
import { invalid } from '../http/api-problem';
import { demoHttp } from '../http/demo-http';
import { newCorrelationId } from '../http/error-response';
import { isRecord } from '../rules/json';
import { checkPatch } from '../rules/token-patch';
import { checkCreateRequest } from '../rules/token-request';
import { findToken, requireInactive } from '../rules/token-state';
import { pageFromSearch, pageInfo } from '../search/pagination';
import { searchTokens } from '../search/token-search';
import { demoUser } from '../seed/people';
import type { DemoStore } from '../store/demo-store';
import { buildToken } from '../store/token-factory';

const listPath = '/fabric/v4/serviceTokens';
const iso = (ms: number) => new Date(ms).toISOString();
const isDryRun = (url: URL) => url.searchParams.get('dryRun') === 'true';

function stamp(token: ServiceToken, now: number, deleted = false) {
  const who = { by: demoUser.username, fullName: demoUser.fullName, email: demoUser.email };
  token.changeLog = {
    ...token.changeLog,
    updatedBy: who.by,
    updatedByFullName: who.fullName,
    updatedByEmail: who.email,
    updatedDateTime: iso(now),
    ...(deleted && {
      deletedBy: who.by,
      deletedByFullName: who.fullName,
      deletedByEmail: who.email,
      deletedDateTime: iso(now),
    }),
  };
}

function tokenPage(store: DemoStore, filter: unknown, url: URL, pagination: unknown, path: string) {
  const page = pageFromSearch(url, pagination);
  const { rows, total } = searchTokens(store, filter, page);
  return { data: rows.map((row) => store.token(row)), pagination: pageInfo(page, total, path) };
}

/** A dry run echoes the validated request with what the server adds, but nothing it would assign. */
function dryRunView(token: ServiceToken): ServiceToken {
  const { uuid: _uuid, href: _href, state: _state, changeLog: _changeLog, ...request } = token;
  const { uuid: _connectionUuid, href: _connectionHref, ...connection } = request.connection ?? {};
  return { ...request, connection };
}

export const serviceTokenHandlers = [
  demoHttp.get(listPath, ({ response, demo }) =>
    response(200).json(tokenPage(demo.store, undefined, demo.url, undefined, listPath)),
  ),

  demoHttp.post('/fabric/v4/serviceTokens/search', ({ response, demo }) => {
    if (!isRecord(demo.body)) throw invalid('', 'A search body is {filter, pagination}');
    const { filter, pagination, ...rest } = demo.body;
    const unknown = Object.keys(rest)[0];
    if (unknown)
      throw invalid(
        `/${unknown}`,
        `Token search has no ${unknown} (it takes filter and pagination only)`,
      );
    return response(200).json(
      tokenPage(demo.store, filter, demo.url, pagination, '/fabric/v4/serviceTokens/search'),
    );
  }),

  demoHttp.post(
    listPath,
    ({ response, demo }) => {
      const { store } = demo;
      const draft = checkCreateRequest(store, demo.body);
      const now = store.now();
      const token = buildToken(
        {
          ...draft,
          uuid: newCorrelationId(),
          state: 'INACTIVE',
          createdMs: now,
          updatedMs: now,
          creator: demoUser,
        },
        store.catalog,
      );
      if (isDryRun(demo.url)) return response(200).json(dryRunView(token));
      store.addToken(token);
      return response(201).json(token);
    },
    { write: true },
  ),

  demoHttp.get('/fabric/v4/serviceTokens/{serviceTokenId}', ({ params, response, demo }) => {
    const row = findToken(demo.store, params.serviceTokenId);
    return response(200).json(demo.store.token(row));
  }),

  demoHttp.patch(
    '/fabric/v4/serviceTokens/{serviceTokenId}',
    ({ params, response, demo }) => {
      const { store } = demo;
      const row = findToken(store, params.serviceTokenId);
      const current = store.token(row);
      requireInactive(current, 'changed');
      const changes = checkPatch(store, current, demo.body);
      const apply = (token: ServiceToken) => {
        for (const change of changes) change(token);
        stamp(token, store.now());
      };
      if (isDryRun(demo.url)) {
        const preview = structuredClone(current);
        apply(preview);
        return response(200).json(preview);
      }
      return response(200).json(store.changeToken(row, apply));
    },
    { write: true },
  ),

  demoHttp.delete(
    '/fabric/v4/serviceTokens/{serviceTokenId}',
    ({ params, response, demo }) => {
      const { store } = demo;
      const row = findToken(store, params.serviceTokenId);
      requireInactive(store.token(row), 'deleted');
      const token = store.changeToken(row, (t) => {
        t.state = 'DELETED';
        stamp(t, store.now(), true);
      });
      return response(200).json(token);
    },
    { write: true },
  ),

  demoHttp.post(
    '/fabric/v4/serviceTokens/{serviceTokenId}/actions',
    ({ params, response, demo }) => {
      const row = findToken(demo.store, params.serviceTokenId);
      const body = demo.body;
      if (!isRecord(body) || body.type !== 'RESEND_EMAIL_NOTIFICATION') {
        throw invalid('/type', 'The only action is {"type": "RESEND_EMAIL_NOTIFICATION"}');
      }
      const token = demo.store.token(row);
      requireInactive(token, 'resent');
      return response(202).json(token);
    },
    { write: true },
  ),
];
