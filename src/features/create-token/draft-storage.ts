import { z } from '@/lib/zod';
import type { WizardValues } from './wizard-values';
import { wizardFields } from './wizard-schema';

/**
 * The wizard's draft: what the user typed, per project, in sessionStorage, so that a reload, a
 * crash or a trip through sign-in loses nothing. Only form values are kept (nothing secret exists
 * in the form). A stored value that no longer fits its field is dropped, not trusted.
 */
const version = 1;

export function draftKey(projectId: string): string {
  return `fabric-portal.draft.${projectId}`;
}

const storedDraft = z.object({
  version: z.literal(version),
  values: z.record(z.string(), z.unknown()),
});

// Each field may be missing from a draft: an older one, or one saved before the field existed.
const draftValues = z.partial(wizardFields);

/** The stored fields that fit the form's schema; the others are dropped one by one. */
function fittingValues(stored: Record<string, unknown>): Partial<WizardValues> | undefined {
  const first = draftValues.safeParse(stored);
  if (first.success) return first.data;
  const misfits = new Set(first.error.issues.map((issue) => issue.path[0]));
  const fitting = Object.entries(stored).filter(([name]) => !misfits.has(name));
  return draftValues.safeParse(Object.fromEntries(fitting)).data;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function loadDraft(projectId: string): Partial<WizardValues> | undefined {
  const raw = storage()?.getItem(draftKey(projectId));
  if (!raw) return undefined;
  const draft = storedDraft.safeParse(parseJson(raw));
  return draft.success ? fittingValues(draft.data.values) : undefined;
}

export function saveDraft(projectId: string, values: WizardValues): void {
  try {
    storage()?.setItem(draftKey(projectId), JSON.stringify({ version, values }));
  } catch {
    // A full or disabled storage only costs the draft; the form itself keeps working.
  }
}

export function clearDraft(projectId: string): void {
  try {
    storage()?.removeItem(draftKey(projectId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
