import { invalid, problem } from '../http/api-problem';
import { demoHttp } from '../http/demo-http';
import { errorCodes } from '../http/error-codes';
import { isRecord } from '../rules/json';
import { networkSearchGrammar, networkSortProperties } from '../search/asset-grammars';
import { compileFilter } from '../search/filter-engine';
import { pageFromSearch, pageInfo, slicePage } from '../search/pagination';
import { parseSort, sortItems } from '../search/sort';

export const networkHandlers = [
  demoHttp.post('/fabric/v4/networks/search', ({ response, demo }) => {
    const body = demo.body;
    if (!isRecord(body)) throw invalid('', 'A network search body is {filter, pagination, sort}');
    const matches = compileFilter(body.filter, networkSearchGrammar);
    const sort = parseSort(body.sort, networkSortProperties, {
      property: '/changeLog/updatedDateTime',
      direction: 'DESC',
    });
    const page = pageFromSearch(demo.url, body.pagination);
    const found = sortItems(demo.store.catalog.networks.filter(matches), sort);
    return response(200).json({
      pagination: pageInfo(page, found.length, '/fabric/v4/networks/search'),
      // The response's sort enum lacks /operation/equinixStatus (a spec inconsistency).
      sort: sort.flatMap(({ property, direction }) =>
        property === '/operation/equinixStatus' ? [] : [{ property, direction }],
      ),
      data: slicePage(found, page),
    });
  }),

  demoHttp.get('/fabric/v4/networks/{networkId}', ({ params, response, demo }) => {
    const network = demo.store.catalog.networkByUuid.get(params.networkId);
    if (!network)
      throw problem(
        404,
        errorCodes.uuidNotFound,
        'uuid not found',
        'networkId',
        `No network ${params.networkId}`,
      );
    return response(200).json(network);
  }),
];
