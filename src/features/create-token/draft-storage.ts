import {
  assetTypes,
  deviceModes,
  interfaceModes,
  portEncapsulations,
  tokenNetworkTypes,
  tokenSides,
  type WizardField,
  type WizardValues,
} from './wizard-values';

/**
 * The wizard's draft: what the user typed, per project, in sessionStorage, so that a reload, a
 * crash or a trip through sign-in loses nothing. Only form values are kept (nothing secret exists
 * in the form). A stored value that no longer fits its field is dropped, not trusted.
 */
const version = 1;

export function draftKey(projectId: string): string {
  return `fabric-portal.draft.${projectId}`;
}

type Check = (value: unknown) => boolean;

const isText: Check = (value) => typeof value === 'string';
const oneOf =
  (...options: readonly unknown[]): Check =>
  (value) =>
    options.includes(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);

/**
 * What each stored field may hold. Checked by hand, not with zod: a draft is read when the wizard
 * opens, and zod (with the schemas) is loaded only once the user starts validating.
 */
const fieldChecks: Record<WizardField, Check> = {
  side: oneOf(...tokenSides),
  assetType: oneOf(...assetTypes),
  metroCode: isText,
  allowRemoteConnection: (value) => typeof value === 'boolean',
  portUuid: isText,
  portEncapsulation: oneOf(...portEncapsulations, ''),
  portBandwidthCap: (value) => isNumber(value) && value >= 0,
  vlanTag: isText,
  vlanSTag: isText,
  vlanCTag: isText,
  deviceMode: oneOf(...deviceModes),
  deviceUuid: isText,
  secondaryDeviceUuid: isText,
  interfaceMode: oneOf(...interfaceModes),
  interfaceId: isText,
  secondaryInterfaceId: isText,
  networkUuid: isText,
  networkType: oneOf(...tokenNetworkTypes, ''),
  expirationDate: isText,
  bandwidthLimit: (value) => value === null || isNumber(value),
  supportedBandwidths: listOf(isNumber),
  emails: listOf(isText),
  name: isText,
  description: isText,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(projectId: string): Partial<WizardValues> | undefined {
  const raw = storage()?.getItem(draftKey(projectId));
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.version !== version || !isRecord(parsed.values)) return undefined;
  const stored = parsed.values;
  const values: Partial<WizardValues> = {};
  for (const [field, check] of Object.entries(fieldChecks)) {
    if (check(stored[field])) Object.assign(values, { [field]: stored[field] });
  }
  return values;
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
