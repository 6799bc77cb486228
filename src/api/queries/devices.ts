import { queryOptions } from '@tanstack/react-query';
import { assetListOptions } from '../asset-lists';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import { readAllPagesFor } from '../page-progress';

const pageSize = 100;

export const deviceQueries = {
  all: () => ['neDevices'] as const,
  /**
   * Every device, however many pages. `status` is the API's comma-separated list, e.g.
   * "PROVISIONED,PROVISIONING".
   */
  list: (query: { status?: string } = {}) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'list', query] as const,
      queryFn: ({ signal, queryKey }) =>
        readAllPagesFor(queryKey, answers.listDevices.operation, (offset) =>
          unwrap(
            api.GET('/ne/v1/devices', {
              params: { query: { ...query, offset, limit: pageSize } },
              signal,
            }),
            answers.listDevices,
          ),
        ),
      ...assetListOptions,
    }),
  /** A device with its interfaces: fetched fresh, since tokens reserve interfaces. */
  detail: (uuid: string) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', uuid] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/ne/v1/devices/{uuid}', { params: { path: { uuid } }, signal }),
          answers.readDevice,
        ),
      staleTime: 0,
    }),
};
