import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';

export const deviceQueries = {
  all: () => ['neDevices'] as const,
  /** `status` is the API's comma-separated list, e.g. "PROVISIONED,PROVISIONING". */
  list: (query: { offset?: number; limit?: number; status?: string } = {}) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'list', query] as const,
      queryFn: ({ signal }) => unwrap(api.GET('/ne/v1/devices', { params: { query }, signal })),
    }),
  /** A device with its interfaces: fetched fresh, since tokens reserve interfaces. */
  detail: (uuid: string) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', uuid] as const,
      queryFn: ({ signal }) =>
        unwrap(api.GET('/ne/v1/devices/{uuid}', { params: { path: { uuid } }, signal })),
      staleTime: 0,
    }),
};
