import {
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { answers } from '../answers';
import { api, unwrap } from '../client';
import { connectionQueries } from '../queries/connections';
import { deviceQueries } from '../queries/devices';
import { portQueries } from '../queries/ports';
import { serviceTokenQueries } from '../queries/service-tokens';
import { applyTokenPatch } from '../token-patch';
import type { ServiceToken, ServiceTokenChangeOperation } from '../types';

/**
 * Tokens hold VLANs and interfaces: after a write, the assets' views are stale too. The asset
 * lists are only marked stale (read again on the next visit to the wizard, see asset-lists.ts);
 * what a token takes is read fresh by its own queries anyway.
 */
export function invalidateTokenWorld(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: serviceTokenQueries.all() }),
    queryClient.invalidateQueries({ queryKey: portQueries.all(), refetchType: 'none' }),
    queryClient.invalidateQueries({ queryKey: deviceQueries.all(), refetchType: 'none' }),
    queryClient.invalidateQueries({ queryKey: connectionQueries.all() }),
  ]);
}

function storeToken(queryClient: QueryClient, token: ServiceToken) {
  if (token.uuid) queryClient.setQueryData(serviceTokenQueries.detail(token.uuid).queryKey, token);
}

interface UpdateVariables {
  serviceTokenId: string;
  operations: ServiceTokenChangeOperation[];
}

/** Every write on service tokens, with its key (generic to specific) and its cache effects. */
export const serviceTokenMutations = {
  all: () => ['serviceTokens'] as const,

  /** Validates a token request on the server (`dryRun=true`): nothing is created. */
  dryRun: () =>
    mutationOptions({
      mutationKey: [...serviceTokenMutations.all(), 'dryRun'],
      mutationFn: (token: ServiceToken) =>
        unwrap(
          api.POST('/fabric/v4/serviceTokens', {
            params: { query: { dryRun: true } },
            body: token,
          }),
          answers.dryRunServiceToken,
        ),
    }),

  /** Creates one token. Never retried: a retried create could issue a second token. */
  create: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: [...serviceTokenMutations.all(), 'create'],
      mutationFn: (token: ServiceToken) =>
        unwrap(api.POST('/fabric/v4/serviceTokens', { body: token }), answers.createServiceToken),
      onSuccess: async (created) => {
        storeToken(queryClient, created);
        await invalidateTokenWorld(queryClient);
      },
    }),

  /** One JSON Patch; the details view shows it at once and rolls back if the server refuses. */
  update: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: [...serviceTokenMutations.all(), 'update'],
      mutationFn: ({ serviceTokenId, operations }: UpdateVariables) => {
        if (operations.length === 0) throw new Error('Nothing changed: there is nothing to save.');
        return unwrap(
          api.PATCH('/fabric/v4/serviceTokens/{serviceTokenId}', {
            params: { path: { serviceTokenId } },
            body: operations,
            headers: { 'Content-Type': 'application/json-patch+json' },
          }),
          answers.changeServiceToken,
        );
      },
      onMutate: async ({ serviceTokenId, operations }) => {
        const { queryKey } = serviceTokenQueries.detail(serviceTokenId);
        await queryClient.cancelQueries({ queryKey });
        const previous = queryClient.getQueryData(queryKey);
        if (previous) queryClient.setQueryData(queryKey, applyTokenPatch(previous, operations));
        return { previous };
      },
      onError: (_error, { serviceTokenId }, context) => {
        const { queryKey } = serviceTokenQueries.detail(serviceTokenId);
        if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      },
      onSuccess: (token) => storeToken(queryClient, token),
      onSettled: () => invalidateTokenWorld(queryClient),
    }),

  /** Soft delete: the answer is the token, now DELETED; its VLAN or interface is free again. */
  delete: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: [...serviceTokenMutations.all(), 'delete'],
      mutationFn: (serviceTokenId: string) =>
        unwrap(
          api.DELETE('/fabric/v4/serviceTokens/{serviceTokenId}', {
            params: { path: { serviceTokenId } },
          }),
          answers.deleteServiceToken,
        ),
      onSuccess: (token) => storeToken(queryClient, token),
      onSettled: () => invalidateTokenWorld(queryClient),
    }),

  /** Sends the token's email to its recipients again (202). */
  resend: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: [...serviceTokenMutations.all(), 'resend'],
      mutationFn: (serviceTokenId: string) =>
        unwrap(
          api.POST('/fabric/v4/serviceTokens/{serviceTokenId}/actions', {
            params: { path: { serviceTokenId } },
            body: { type: 'RESEND_EMAIL_NOTIFICATION' },
          }),
          answers.actOnServiceToken,
        ),
      onSuccess: (token) => storeToken(queryClient, token),
    }),
};

export const useDryRunServiceToken = () => useMutation(serviceTokenMutations.dryRun());

export function useCreateServiceToken() {
  return useMutation(serviceTokenMutations.create(useQueryClient()));
}

export function useUpdateServiceToken() {
  return useMutation(serviceTokenMutations.update(useQueryClient()));
}

export function useDeleteServiceToken() {
  return useMutation(serviceTokenMutations.delete(useQueryClient()));
}

export function useResendServiceToken() {
  return useMutation(serviceTokenMutations.resend(useQueryClient()));
}
