import type { WizardStepId } from '@/config/paths';
import { z } from '@/lib/zod';
import { basicFields } from './basic-schema';
import { detailsFields } from './details-schema';
import { wizardIssues } from './wizard-schema';
import type { WizardField, WizardValues } from './wizard-values';

export type FormStepId = Exclude<WizardStepId, 'created'>;

export interface FormStep {
  id: FormStepId;
  label: string;
  /** The fields this step owns, as its schema lists them: Next validates these and nothing else. */
  fields: readonly WizardField[];
}

export const formSteps: readonly FormStep[] = [
  { id: 'basic', label: 'Basic configuration', fields: z.keyof(basicFields).options },
  { id: 'details', label: 'Token details', fields: z.keyof(detailsFields).options },
  { id: 'review', label: 'Review', fields: [] },
];

export function isFormStepId(value: string | undefined): value is FormStepId {
  return formSteps.some((step) => step.id === value);
}

export function stepIndex(id: FormStepId): number {
  return formSteps.findIndex((step) => step.id === id);
}

export function stepOfField(field: string): FormStep | undefined {
  const top = field.split('.')[0];
  return formSteps.find((step) => step.fields.some((name) => name === top));
}

/** The earliest step that still has a problem, or undefined when every step is complete. */
export function firstInvalidStep(values: WizardValues): FormStep | undefined {
  const invalid = new Set(wizardIssues(values).map((issue) => stepOfField(issue.field)?.id));
  return formSteps.find((step) => invalid.has(step.id));
}
