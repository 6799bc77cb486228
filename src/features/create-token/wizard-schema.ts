import { z } from '@/lib/zod';
import { basicFields, basicSchema } from './basic-schema';
import { bandwidthIssues, detailsFields, detailsSchema } from './details-schema';
import { bandwidthCapFor } from './eligibility';

/** Every field of the form, flat: the steps' fields side by side, as the inputs hold them. */
export const wizardFields = z.extend(basicFields, detailsFields.shape);

/** The rules of both steps, plus the one that spans them (bandwidth against the asset). */
const wizardRules = z.intersection(basicSchema, detailsSchema).check(
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

/**
 * The whole form. The form is flat (every field of every asset type), the rules are a union on
 * the asset type: its input is the flat form, its output the request's input for that asset.
 */
export const wizardSchema = z.pipe(wizardFields, wizardRules);

export type WizardOutput = z.output<typeof wizardSchema>;

export interface WizardIssue {
  field: string;
  message: string;
}

/** Every problem, first message per field, keyed by the form field the issue names. */
export function wizardIssues(values: z.input<typeof wizardSchema>): WizardIssue[] {
  const result = wizardSchema.safeParse(values);
  if (result.success) return [];
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
