import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import { connectionQueries } from '../queries/connections';
import { deviceQueries } from '../queries/devices';
import { portQueries } from '../queries/ports';
import { serviceTokenQueries } from '../queries/service-tokens';
import type { ConnectionPostRequest } from '../types';

/** Creates a connection; with a token on one side this redeems the token. */
export function useCreateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['connections', 'create'],
    mutationFn: (request: ConnectionPostRequest) =>
      unwrap(api.POST('/fabric/v4/connections', { body: request }), answers.createConnection),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: connectionQueries.all() }),
        queryClient.invalidateQueries({ queryKey: serviceTokenQueries.all() }),
        queryClient.invalidateQueries({ queryKey: portQueries.all() }),
        queryClient.invalidateQueries({ queryKey: deviceQueries.all() }),
      ]),
  });
}
