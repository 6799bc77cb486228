import { networkSortByValues, portSortByValues } from '@/api/schema.gen';
import type { Network, Port } from '@/api/types';
import type { Field, FilterGrammar } from './filter-engine';
import type { FieldKind } from './operators';
import { readPointer } from './json-pointer';

export const pointerFields = <T>(
  kinds: Record<string, FieldKind>,
  aliases: Record<string, string> = {},
) =>
  Object.fromEntries(
    Object.entries(kinds).map(([property, kind]): [string, Field<T>] => [
      property,
      { kind, read: (item) => readPointer(item, aliases[property] ?? property) },
    ]),
  );

const everyOperator = [
  '=',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  'LIKE',
  'ILIKE',
  'IN',
  'NOT IN',
  'BETWEEN',
  'NOT BETWEEN',
];

/** PortSearchFieldName. The schema lists only `=`; the spec's own examples use the rest. */
export const portSearchGrammar: FilterGrammar<Port> = {
  fields: pointerFields<Port>({
    '/device/name': 'string',
    '/physicalPorts/tether/crossConnectId': 'string',
    '/physicalPorts/interface/name': 'string',
    '/state': 'string',
    '/project/projectId': 'string',
    '/uuid': 'string',
    '/name': 'string',
    '/account/orgId': 'number',
    '/account/accountNumber': 'number',
    '/location/metroCode': 'string',
  }),
  operators: everyOperator,
};

export const portSortProperties = portSortByValues;

const networkText = (network: Network) => [
  network.name,
  network.uuid,
  network.type,
  network.scope,
  network.state,
  network.location?.metroCode,
  network.location?.region,
];

/** NetworkSearchFieldName, including `/*` (any of the network's text fields). */
export const networkSearchGrammar: FilterGrammar<Network> = {
  fields: {
    ...pointerFields<Network>({
      '/name': 'string',
      '/uuid': 'string',
      '/scope': 'string',
      '/type': 'string',
      '/state': 'string',
      '/operation/equinixStatus': 'string',
      '/location/region': 'string',
      '/location/metroCode': 'string',
      '/connectionsCount': 'number',
      '/project/projectId': 'string',
      '/account/globalCustId': 'string',
      '/account/orgId': 'number',
      '/changeLog/createdDateTime': 'date',
      '/changeLog/updatedDateTime': 'date',
      '/changeLog/deletedDateTime': 'date',
    }),
    '/*': { kind: 'string', read: networkText },
  },
  operators: [...everyOperator, 'NOT LIKE', 'NOT ILIKE'],
};

export const networkSortProperties = networkSortByValues;
