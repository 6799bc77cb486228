import { z } from 'zod';
import type { WizardValues } from './wizard-values';

/**
 * The wizard's draft: what the user typed, per project, in sessionStorage, so that a reload, a
 * crash or a trip through sign-in loses nothing. Only form values are kept (nothing secret exists
 * in the form). A stored value that no longer fits its field is dropped, not trusted.
 */
const version = 1;

export function draftKey(projectId: string): string {
  return `fabric-portal.draft.${projectId}`;
}

const keep = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const text = keep(z.string());

const draftValuesSchema = z.object({
  side: keep(z.enum(['A', 'Z'])),
  assetType: keep(z.enum(['PORT', 'VD', 'NETWORK'])),
  metroCode: text,
  allowRemoteConnection: keep(z.boolean()),
  portUuid: text,
  portEncapsulation: keep(z.enum(['DOT1Q', 'QINQ', 'UNTAGGED', ''])),
  portBandwidthCap: keep(z.number().nonnegative()),
  vlanTag: text,
  vlanSTag: text,
  vlanCTag: text,
  deviceMode: keep(z.enum(['SINGLE', 'REDUNDANT'])),
  deviceUuid: text,
  secondaryDeviceUuid: text,
  interfaceMode: keep(z.enum(['AUTO', 'MANUAL'])),
  interfaceId: text,
  secondaryInterfaceId: text,
  networkUuid: text,
  networkType: keep(z.enum(['EVPLAN', 'EPLAN', 'EVPTREE', 'EPTREE', ''])),
  expirationDate: text,
  bandwidthLimit: keep(z.number().nullable()),
  supportedBandwidths: keep(z.array(z.number())),
  emails: keep(z.array(z.string())),
  name: text,
  description: text,
});

const draftSchema = z.object({ version: z.literal(version), values: draftValuesSchema });

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
  const result = draftSchema.safeParse(parsed);
  if (!result.success) return undefined;
  const values: Partial<WizardValues> = {};
  for (const [key, value] of Object.entries(result.data.values)) {
    if (value !== undefined) Object.assign(values, { [key]: value });
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
