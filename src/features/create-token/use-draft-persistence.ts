import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { clearDraft, saveDraft } from './draft-storage';
import type { WizardOutput } from './wizard-schema';
import type { WizardValues } from './wizard-values';

const saveDelayMs = 300;

/**
 * Saves the form as a draft shortly after each change, and at once when the page goes away or
 * the wizard unmounts (a sign-in redirect). `discard` removes it for good: after a create or a
 * confirmed cancel nothing may write it back.
 */
export function useDraftPersistence(
  form: UseFormReturn<WizardValues, unknown, WizardOutput>,
  projectId: string,
) {
  const discarded = useRef(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      if (!discarded.current) saveDraft(projectId, form.getValues());
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(save, saveDelayMs);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [form, projectId]);

  return useCallback(() => {
    discarded.current = true;
    clearDraft(projectId);
  }, [projectId]);
}
