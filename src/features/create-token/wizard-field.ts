import { z } from '@/lib/zod';

/**
 * What the wizard knows about a field besides its type: how people see it named (the review's
 * list of what the server refused) and what it holds before the user answers. It rides on the
 * field's schema, so a field is written down once, in its step's schema.
 */
interface WizardFieldMeta {
  label: string;
  /** The value of a fresh form, computed when the form starts (a date counts from that day). */
  empty: () => unknown;
  /**
   * The request properties a server refusal names for this field (`additionalInfo[].property`), as
   * a pattern's source (a RegExp itself would not survive the registry's typing).
   */
  property?: string;
}

export const wizardFieldMeta = z.registry<WizardFieldMeta>();

/**
 * A field of the form: the schema of what its input holds, its label, its starting value and,
 * where one request property answers for it alone, that property.
 */
export function field<S extends z.ZodMiniType>(
  schema: S,
  label: string,
  // NoInfer: the schema alone decides the type, so `() => 'A'` stays the literal an enum needs.
  empty: NoInfer<() => z.input<S>>,
  property?: RegExp,
): S {
  // Its own copy: the registry is keyed by schema, and two fields may share one.
  const own = schema.clone();
  wizardFieldMeta.add(own, { label, empty, property: property?.source });
  return own;
}

/** A property of the request's one access point selector, on either side, as a JSON path. */
export function selectorProperty(rest: string): RegExp {
  return new RegExp(String.raw`^/connection/[az]Side/accessPointSelectors/\d+` + rest + '$');
}
