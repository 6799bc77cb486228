import type { WizardStepId } from '@/config/paths';
import type { WizardField } from './wizard-values';

export type FormStepId = Exclude<WizardStepId, 'created'>;

export interface FormStep {
  id: FormStepId;
  label: string;
  /** The fields this step owns: Next validates these and nothing else. */
  fields: readonly WizardField[];
}

export const formSteps: readonly FormStep[] = [
  {
    id: 'basic',
    label: 'Basic configuration',
    fields: [
      'side',
      'assetType',
      'metroCode',
      'allowRemoteConnection',
      'portUuid',
      'portEncapsulation',
      'portBandwidthCap',
      'vlanTag',
      'vlanSTag',
      'vlanCTag',
      'deviceMode',
      'deviceUuid',
      'secondaryDeviceUuid',
      'interfaceMode',
      'interfaceId',
      'secondaryInterfaceId',
      'networkUuid',
      'networkType',
    ],
  },
  {
    id: 'details',
    label: 'Token details',
    fields: [
      'expirationDate',
      'bandwidthLimit',
      'supportedBandwidths',
      'emails',
      'name',
      'description',
    ],
  },
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
