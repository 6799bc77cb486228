import { invalid, problem } from '../http/api-problem';
import { demoHttp } from '../http/demo-http';
import { errorCodes } from '../http/error-codes';
import { isRecord } from '../rules/json';
import { portSearchGrammar, portSortProperties } from '../search/asset-grammars';
import { compileFilter } from '../search/filter-engine';
import { pageFromSearch, pageInfo, slicePage } from '../search/pagination';
import { parseSort, sortItems } from '../search/sort';
import type { DemoStore } from '../store/demo-store';
import { linkProtocolEntries } from '../store/reservations';

function findPort(store: DemoStore, uuid: string, parameter: string) {
  const port = store.catalog.portByUuid.get(uuid);
  if (!port) {
    throw problem(
      400,
      errorCodes.portNotFound,
      'Unable to fetch port details',
      parameter,
      `Port ${uuid} could not be found`,
    );
  }
  return port;
}

export const portHandlers = [
  demoHttp.get('/fabric/v4/ports', ({ response, demo }) => {
    const name = demo.url.searchParams.get('name');
    const ports = demo.store.catalog.ports.filter((port) => name === null || port.name === name);
    return response(200).json({
      pagination: { offset: 0, limit: ports.length, total: ports.length },
      data: [...ports],
    });
  }),

  demoHttp.post('/fabric/v4/ports/search', ({ response, demo }) => {
    const body = demo.body;
    if (!isRecord(body)) throw invalid('', 'A port search body is {filter, pagination, sort}');
    if (body.filter === undefined) throw invalid('/filter', 'filter is required');
    const matches = compileFilter(body.filter, portSearchGrammar);
    const sort = parseSort(body.sort, portSortProperties, {
      property: '/device/name',
      direction: 'DESC',
    });
    const page = pageFromSearch(demo.url, body.pagination);
    const found = sortItems(demo.store.catalog.ports.filter(matches), sort);
    return response(200).json({
      pagination: pageInfo(page, found.length, '/fabric/v4/ports/search'),
      data: slicePage(found, page),
    });
  }),

  demoHttp.get('/fabric/v4/ports/{portId}', ({ params, response, demo }) =>
    response(200).json(findPort(demo.store, params.portId, 'portId')),
  ),

  demoHttp.get('/fabric/v4/ports/{portUuid}/linkProtocols', ({ params, response, demo }) => {
    const port = findPort(demo.store, params.portUuid, 'portUuid');
    const data = linkProtocolEntries(demo.store, port);
    return response(200).json({
      pagination: { offset: 0, limit: data.length, total: data.length },
      data,
    });
  }),
];
