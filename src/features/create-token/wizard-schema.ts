import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, Resolver } from 'react-hook-form';
import { z } from '@/lib/zod';
import { basicSchema } from './basic-schema';
import { bandwidthIssues, detailsSchema } from './details-schema';
import { bandwidthCapFor } from './eligibility';
import { formSteps, stepOfField, type FormStep } from './wizard-steps';
import type { WizardValues } from './wizard-values';

/** The whole form: both step schemas, plus the rule that spans them (bandwidth against the asset). */
export const wizardSchema = z.intersection(basicSchema, detailsSchema).check(
  z.superRefine((values, ctx) => {
    const portCap = values.assetType === 'PORT' ? values.portBandwidthCap : 0;
    const issues = bandwidthIssues({
      side: values.side,
      cap: bandwidthCapFor(values.assetType, portCap),
      bandwidthLimit: values.bandwidthLimit,
      supportedBandwidths: values.supportedBandwidths,
    });
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  }),
);

export type WizardOutput = z.output<typeof wizardSchema>;

export interface WizardIssue {
  field: string;
  message: string;
}

/** Every problem, first message per field, keyed by the form field the issue names. */
export function wizardIssues(values: WizardValues): WizardIssue[] {
  const result = wizardSchema.safeParse(values);
  if (result.success) return [];
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/** The earliest step that still has a problem, or undefined when every step is complete. */
export function firstInvalidStep(values: WizardValues): FormStep | undefined {
  const invalid = new Set(wizardIssues(values).map((issue) => stepOfField(issue.field)?.id));
  return formSteps.find((step) => invalid.has(step.id));
}

/**
 * The form is flat (every field of every asset type), the schema is a union: this resolver checks
 * the flat values with it and hands react-hook-form the parsed request input.
 */
export const wizardResolver: Resolver<WizardValues, unknown, WizardOutput> = async (
  values,
  _context,
  options,
) => {
  const result = await wizardSchema.safeParseAsync(values);
  if (result.success) return { values: result.data, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= { type: issue.code, message: issue.message };
  }
  return { values: {}, errors: toNestErrors(errors, options) };
};
