import { useEffect, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { preloadable } from '@/lib/preloadable';
import type * as WizardSchema from './wizard-schema';
import type { WizardOutput } from './wizard-schema';
import type { WizardValues } from './wizard-values';

type WizardSchemaModule = typeof WizardSchema;

const schema = preloadable<WizardSchemaModule>(() => import('./wizard-schema'));

/**
 * The wizard's schemas, with zod, are not needed to show the form, only to check it: they load
 * with the first interaction (see lazy-screens) or the first check, whichever comes first, and
 * stay off the route's first load (docs/decisions/007-first-load-budget.md).
 */
export const loadWizardSchema = schema.preload;

/** The form's resolver: the schema's own, once its code is here. */
export const wizardResolver: Resolver<WizardValues, unknown, WizardOutput> = async (
  values,
  context,
  options,
) => (await loadWizardSchema()).wizardResolver(values, context, options);

/**
 * The schema module for code that must read it while rendering (a later step opened directly):
 * undefined until it has loaded; a failed download is thrown to the page's error boundary.
 */
export function useWizardSchema(needed: boolean): WizardSchemaModule | undefined {
  const [module, setModule] = useState(schema.loaded);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (needed && !module) schema.preload().then(setModule, setError);
  }, [needed, module]);
  if (error !== undefined) throw error;
  return module ?? schema.loaded();
}
