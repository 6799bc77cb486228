import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { session } from '@/api/session';
import { paths } from '@/config/paths';
import { demoApi } from '@/lib/demo-api';
import { authQueries } from './auth-queries';
import { bffSession, type SignInRequest } from './bff-session';

/** The session writes, with their keys (generic to specific). */
export const sessionMutationKeys = {
  bff: () => ['bffSession'] as const,
  demo: () => ['demoSession'] as const,
};

/** Live mode: the BFF exchanges the credentials; every query then asks again as the new session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...sessionMutationKeys.bff(), 'signIn'],
    mutationFn: (request: SignInRequest) => bffSession.signIn(request),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Live mode: the BFF forgets the session; nothing the old session fetched stays on screen. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationKey: [...sessionMutationKeys.bff(), 'signOut'],
    mutationFn: () => bffSession.signOut(),
    onSuccess: async () => {
      // To sign-in first, and here rather than in the button (which goes away with the session):
      // the page's queries, removed below, ask again if it is still shown; the BFF's 401 would
      // then send the user to sign in with a way back to the page they signed out of.
      void navigate(paths.signIn.href());
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== authQueries.all()[0],
      });
      await queryClient.invalidateQueries({ queryKey: authQueries.all() });
    },
  });
}

/** Demo mode: the in-page backend issues a new demo bearer, kept in memory only. */
export function useRenewDemoSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...sessionMutationKeys.demo(), 'renew'],
    mutationFn: () => demoApi.renewSession(),
    onSuccess: ({ access_token }) => {
      session.setBearer(access_token);
      return queryClient.invalidateQueries();
    },
  });
}
