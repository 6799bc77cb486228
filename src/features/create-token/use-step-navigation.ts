import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { externalStore, useExternalStore, type ExternalStore } from '@/lib/external-store';
import { useAssetCheck } from './asset-check';
import type { WizardOutput } from './wizard-schema';
import { formSteps, stepIndex, type FormStepId } from './wizard-steps';
import type { WizardValues } from './wizard-values';

/**
 * Whether Next is asking the server about the asset. It lives outside React state so that setting
 * it re-renders only the button that shows it: as wizard state, it re-rendered the whole step
 * twice on every Next from "Basic configuration".
 */
export interface CheckingFlag {
  readonly store: ExternalStore<boolean>;
  get(): boolean;
  set(value: boolean): void;
}

function checkingFlag(): CheckingFlag {
  let value = false;
  const store = externalStore(() => value);
  return {
    store,
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      store.notify();
    },
  };
}

/** Re-renders the caller when the flag changes. */
export const useChecking = (flag: CheckingFlag) => useExternalStore(flag.store, false);

/**
 * Next validates only the current step's fields; leaving "Basic configuration" also asks the
 * server whether the VLAN or interface is still free. Back keeps every value. The URL names the
 * step, so moving is navigating.
 */
export function useStepNavigation(
  form: UseFormReturn<WizardValues, unknown, WizardOutput>,
  stepId: FormStepId,
  /** Tokens of this run already created: their assets are theirs now, not in the way. */
  created: number,
) {
  const navigate = useNavigate();
  const checkAssets = useAssetCheck();
  const [checking] = useState(checkingFlag);
  const [checkError, setCheckError] = useState<unknown>();
  const index = stepIndex(stepId);
  const previous = formSteps[index - 1];
  const following = formSteps[index + 1];

  const next = async () => {
    const step = formSteps[index];
    if (checking.get() || !step || !following) return;
    setCheckError(undefined);
    const valid = await form.trigger(step.fields, { shouldFocus: true });
    if (!valid) return;
    if (step.id === 'basic') {
      checking.set(true);
      try {
        const issues = await checkAssets(form.getValues(), created);
        for (const issue of issues) {
          form.setError(issue.field, { type: 'taken', message: issue.message });
        }
        const first = issues[0];
        if (first) {
          form.setFocus(first.field);
          return;
        }
      } catch (error) {
        setCheckError(error);
        return;
      } finally {
        checking.set(false);
      }
    }
    void navigate(paths.create.href(following.id));
  };

  return {
    previous,
    following,
    checking,
    checkError,
    next: () => void next(),
    back: () => previous && void navigate(paths.create.href(previous.id)),
  };
}
