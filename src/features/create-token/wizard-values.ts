import type { z } from '@/lib/zod';
import { wizardFieldMeta } from './wizard-field';
import { wizardFields, type wizardSchema } from './wizard-schema';

/** Everything the wizard asks, flat, as the inputs hold it: what its schema takes in. */
export type WizardValues = z.input<typeof wizardSchema>;

export type WizardField = keyof WizardValues;

const fieldSchemas = wizardFields.shape;

export function isWizardField(name: string): name is WizardField {
  return Object.hasOwn(fieldSchemas, name);
}

/** How the review names a field when it lists what the server refused. */
export function wizardFieldLabel(name: WizardField): string {
  const meta = wizardFieldMeta.get(fieldSchemas[name]);
  if (!meta) throw new Error(`The wizard field ${name} has no label`);
  return meta.label;
}

/** A fresh form: each field's starting value, as its schema declares it. */
export function emptyWizardValues(): WizardValues {
  const values = Object.entries(fieldSchemas).map(([name, schema]) => [
    name,
    wizardFieldMeta.get(schema)?.empty(),
  ]);
  return wizardFields.parse(Object.fromEntries(values));
}
