import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  demoApi,
  type ClockRequest,
  type DemoSeedSize,
  type DemoSettings,
  type DemoState,
} from '@/lib/demo-api';
import { demoQueries } from './demo-queries';

/**
 * Every demo control changes what the backend answers (data, clock, latency, role), so after any
 * change every query is invalidated and each screen shows the server's truth, not a cached past.
 */
function useDemoMutation<TVariables>(mutationFn: (variables: TVariables) => Promise<DemoState>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (state) => {
      queryClient.setQueryData(demoQueries.state().queryKey, state);
      void queryClient.invalidateQueries();
    },
  });
}

export const useResetDemo = () => useDemoMutation<void>(() => demoApi.reset());

export const useSeedDemo = () => useDemoMutation((size: DemoSeedSize) => demoApi.seed(size));

export const useAdvanceDemoClock = () =>
  useDemoMutation((by: ClockRequest) => demoApi.advanceClock(by));

/** The demo plays a recipient and redeems the token (a real connection, made by the backend). */
export function useRedeemToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (serviceTokenId: string) => demoApi.redeem({ serviceTokenId }),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

export const useDemoSettings = () =>
  useDemoMutation((settings: DemoSettings) => demoApi.settings(settings));
