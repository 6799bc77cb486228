import { ApiProblem } from '../http/api-problem';
import { demoHttp } from '../http/demo-http';
import { errorCodes } from '../http/error-codes';
import { pageFromQuery, pageInfo, slicePage } from '../search/pagination';

const metroProblem = (parameter: 'presence' | 'metroCode', message: string, reason: string) =>
  new ApiProblem(400, [
    {
      errorCode:
        parameter === 'presence' ? errorCodes.metroInvalidParameter : errorCodes.metroNotFound,
      errorMessage: message,
      property: parameter,
      reason,
    },
  ]);

export const metroHandlers = [
  demoHttp.get('/fabric/v4/metros', ({ response, demo }) => {
    const { catalog } = demo.store;
    const presence = demo.url.searchParams.get('presence');
    if (presence !== null && presence !== 'MY_PORTS') {
      throw metroProblem(
        'presence',
        'Invalid Query Parameter',
        'Allowed value for presence is MY_PORTS',
      );
    }
    const withPorts = new Set(catalog.ports.map((port) => port.location?.metroCode));
    const metros =
      presence === 'MY_PORTS'
        ? catalog.metros.filter((metro) => withPorts.has(metro.code))
        : catalog.metros;
    const page = pageFromQuery(demo.url);
    return response(200).json({
      pagination: pageInfo(page, metros.length, '/fabric/v4/metros'),
      data: slicePage(metros, page),
    });
  }),

  demoHttp.get('/fabric/v4/metros/{metroCode}', ({ params, response, demo }) => {
    const metro = demo.store.catalog.metroByCode.get(params.metroCode);
    if (!metro)
      throw metroProblem(
        'metroCode',
        'Metro Not Found',
        `No metro ${params.metroCode}; provide a valid metro code`,
      );
    return response(200).json(metro);
  }),
];
