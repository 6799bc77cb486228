import type { ApiError } from '@/api/api-error';
import { z } from '@/lib/zod';
import { selectorProperty, wizardFieldMeta } from './wizard-field';
import { wizardFields } from './wizard-schema';
import { stepOfField, type FormStepId } from './wizard-steps';
import type { WizardField, WizardValues } from './wizard-values';

/**
 * Where a server error lands: the API names the offending request property as a JSON path
 * (`additionalInfo[].property`), these rules name the form field that produced it.
 */
interface MapContext {
  /** Which request of the run failed: 0 = the only or primary token, 1 = the secondary. */
  requestIndex: number;
  values: WizardValues;
}

type FieldRule = [RegExp, (context: MapContext) => WizardField];

/** Where the field that answers for a property depends on what the form holds. */
const contextRules: FieldRule[] = [
  [
    selectorProperty('/linkProtocol(/type)?'),
    ({ values }) =>
      values.portEncapsulation === 'QINQ'
        ? 'vlanSTag'
        : values.portEncapsulation === 'DOT1Q'
          ? 'vlanTag'
          : 'portUuid',
  ],
  [
    selectorProperty('/interface(/id|/type)?'),
    ({ values, requestIndex }) =>
      values.interfaceMode === 'AUTO'
        ? 'interfaceMode'
        : requestIndex === 1
          ? 'secondaryInterfaceId'
          : 'interfaceId',
  ],
];

/** The others: each field's schema names the properties it answers for. */
const fieldRules: FieldRule[] = [
  ...contextRules,
  ...z.keyof(wizardFields).options.flatMap((field): FieldRule[] => {
    const property = wizardFieldMeta.get(wizardFields.shape[field])?.property;
    return property ? [[new RegExp(property), () => field]] : [];
  }),
];

export function formFieldOf(property: string, context: MapContext): WizardField | undefined {
  const rule = fieldRules.find(([pattern]) => pattern.test(property));
  return rule?.[1](context);
}

/** `/notifications/0/emails/1` names one address: say which. */
function messageFor(property: string, reason: string, values: WizardValues): string {
  const email = /^\/notifications\/\d+\/emails\/(\d+)$/.exec(property);
  const address = email ? values.emails[Number(email[1])] : undefined;
  return address ? `${address}: ${reason}` : reason;
}

export interface ServerFieldError {
  field: WizardField;
  step: FormStepId;
  message: string;
}

export interface MappedServerError {
  fields: ServerFieldError[];
  /** True when some part of the error names no form field: show it at page level too. */
  unmapped: boolean;
}

export function mapServerError(error: ApiError, context: MapContext): MappedServerError {
  const fields: ServerFieldError[] = [];
  let unmapped = error.errors.length === 0;
  for (const entry of error.errors) {
    const infos = (entry.additionalInfo ?? []).filter((info) => info.property);
    if (infos.length === 0) unmapped = true;
    for (const info of infos) {
      const property = info.property ?? '';
      const field = formFieldOf(property, context);
      const step = field && stepOfField(field)?.id;
      if (!field || !step) {
        unmapped = true;
        continue;
      }
      if (fields.some((known) => known.field === field)) continue;
      const message = messageFor(property, info.reason ?? entry.errorMessage, context.values);
      fields.push({ field, step, message });
    }
  }
  return { fields, unmapped };
}
