import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '@/api/api-error';
import { useCreateServiceToken, useDryRunServiceToken } from '@/api/mutations/service-tokens';
import type { ServiceToken } from '@/api/types';

type Check =
  | { key: string; status: 'pending' }
  | { key: string; status: 'valid' }
  | { key: string; status: 'failed'; error: unknown };

interface Options {
  /** Every request of this run (a redundant pair has two). */
  requests: readonly ServiceToken[];
  /** The tokens of this run already created: a pair whose secondary failed keeps its primary. */
  created: readonly ServiceToken[];
  onProgress: (created: ServiceToken[]) => void;
  onCreated: (created: ServiceToken[]) => void;
  /** A refused request: `requestIndex` says which of `requests` the server refused. */
  onError: (error: unknown, requestIndex: number) => void;
}

/**
 * The dry run and the create. The requests still to send are validated by the server
 * (`dryRun=true`) whenever they change; Create is allowed only once exactly those requests passed.
 * The create is guarded by a ref as well as by state, so a second click or Enter that arrives
 * before React re-renders cannot send a second POST. Nothing is retried automatically.
 */
export function useTokenSubmission({ requests, created, onProgress, onCreated, onError }: Options) {
  const dryRun = useDryRunServiceToken();
  const create = useCreateServiceToken();
  const remaining = useMemo(() => requests.slice(created.length), [requests, created.length]);
  const key = useMemo(() => JSON.stringify(remaining), [remaining]);
  const [check, setCheck] = useState<Check>();
  const [createError, setCreateError] = useState<unknown>();
  const [creating, setCreating] = useState(false);
  const inFlight = useRef(false);
  const lastValidated = useRef<string>(undefined);

  const { mutateAsync: dryRunAsync } = dryRun;
  const validate = useCallback(async () => {
    lastValidated.current = key;
    setCheck({ key, status: 'pending' });
    setCreateError(undefined);
    for (const [offset, request] of remaining.entries()) {
      try {
        await dryRunAsync(request);
      } catch (error) {
        setCheck({ key, status: 'failed', error });
        onError(error, created.length + offset);
        return;
      }
    }
    setCheck({ key, status: 'valid' });
  }, [key, remaining, dryRunAsync, onError, created.length]);

  useEffect(() => {
    // Review opened, or what it would send changed: ask the server before Create is offered.
    if (lastValidated.current !== key && remaining.length > 0) void validate();
  }, [key, remaining.length, validate]);

  const current = check?.key === key ? check : undefined;
  const canCreate = current?.status === 'valid' && !creating && remaining.length > 0;

  const { mutateAsync: createAsync } = create;
  const submit = async () => {
    if (inFlight.current || !canCreate) return;
    inFlight.current = true;
    setCreating(true);
    setCreateError(undefined);
    const done = [...created];
    try {
      for (const request of remaining) {
        done.push(await createAsync(request));
        if (done.length < requests.length) onProgress([...done]);
      }
      onCreated(done);
    } catch (error) {
      setCreateError(error);
      onError(error, done.length);
      // A refusal means what was validated is no longer true; a lost answer can be retried as is.
      if (!isApiError(error) || !error.isTransient) {
        setCheck({ key: JSON.stringify(requests.slice(done.length)), status: 'failed', error });
      }
    } finally {
      inFlight.current = false;
      setCreating(false);
    }
  };

  return {
    validation: current,
    validate: () => void validate(),
    canCreate,
    creating,
    createError,
    submit: () => void submit(),
  };
}
