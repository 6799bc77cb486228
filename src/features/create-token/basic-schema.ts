import { portEncapsulationTypeValues, simplifiedTokenNetworkTypeValues } from '@/api/schema.gen';
import { z } from '@/lib/zod';
import { vlanRange } from '@/lib/token-rules';
import { field, selectorProperty } from './wizard-field';

export const tokenSides = ['A', 'Z'] as const;
export const assetTypes = ['PORT', 'VD', 'NETWORK'] as const;
/** The contract's encapsulations, each with its own link protocol fields. */
export const portEncapsulations = portEncapsulationTypeValues;
/** The contract's network types but IPWAN, which the portal does not offer (DOMAIN.md section 0). */
export const tokenNetworkTypes = simplifiedTokenNetworkTypeValues.filter(
  (type): type is Exclude<(typeof simplifiedTokenNetworkTypeValues)[number], 'IPWAN'> =>
    type !== 'IPWAN',
);

export type TokenSide = (typeof tokenSides)[number];
export type AssetType = (typeof assetTypes)[number];
export type PortEncapsulation = (typeof portEncapsulations)[number];
export type TokenNetworkType = (typeof tokenNetworkTypes)[number];

const text = (label: string, property?: RegExp) => field(z.string(), label, () => '', property);

/**
 * Step 1, "Basic configuration": every field it asks, as the inputs hold them (tags as typed
 * text). Values for the asset kinds not chosen stay in the form so that switching back loses
 * nothing. `portEncapsulation`, `portBandwidthCap` and `networkType` are what the chosen asset
 * imposes on the other fields, recorded when the user picks it.
 */
export const basicFields = z.object({
  side: field(z.enum(tokenSides), 'Service token type', () => 'A'),
  assetType: field(z.enum(assetTypes), 'Asset type', () => 'PORT'),
  metroCode: text('Location'),
  allowRemoteConnection: field(
    z.boolean(),
    'Allow a remote connection',
    () => true,
    /^\/connection\/allowRemoteConnection$/,
  ),
  portUuid: text('Port', selectorProperty('/port(/uuid)?')),
  portEncapsulation: field(z.enum([...portEncapsulations, '']), 'Port', () => ''),
  portBandwidthCap: field(z.number().check(z.minimum(0)), 'Port', () => 0),
  vlanTag: text('VLAN ID', selectorProperty('/linkProtocol/vlanTag')),
  vlanSTag: text('Outer Tag / S-tag', selectorProperty('/linkProtocol/vlanSTag')),
  vlanCTag: text('Inner Tag / C-tag', selectorProperty('/linkProtocol/vlanCTag')),
  deviceMode: field(z.enum(['SINGLE', 'REDUNDANT']), 'Virtual device type', () => 'SINGLE'),
  deviceUuid: text('Virtual device', selectorProperty('/virtualDevice(/uuid)?')),
  secondaryDeviceUuid: text('Secondary device'),
  interfaceMode: field(z.enum(['AUTO', 'MANUAL']), 'Interface selection', () => 'AUTO'),
  interfaceId: text('Interface'),
  secondaryInterfaceId: text('Secondary interface'),
  networkUuid: text('Network', selectorProperty('/network(/uuid|/type)?')),
  networkType: field(z.enum([...tokenNetworkTypes, '']), 'Network', () => ''),
});

/*
 * The rules, one variant per asset type. A-side tokens exist for ports only, so the device and
 * network variants accept side Z alone. Tags come out as numbers; which tags are required follows
 * the chosen port's encapsulation. (zod/mini: the classic API costs ~11 kB gzip more.)
 */
const required = (message: string) => z.string().check(z.trim(), z.minLength(1, message));

const tagText = z.pipe(
  z.string(),
  z.transform((text: string) =>
    text.trim() === '' ? undefined : /^\d+$/.test(text.trim()) ? Number(text) : NaN,
  ),
);

const interfaceIdText = z.pipe(
  z.string(),
  z.transform((text: string) => (text.trim() === '' ? undefined : Number(text))),
);

// A restored draft can hold any text; an interface id is a positive whole number (NE ids).
const isInterfaceId = (id: number | undefined) =>
  id !== undefined && Number.isInteger(id) && id > 0;
const notAnInterface = 'Select one of the listed interfaces';

type Issue = { path: string[]; message: string };

function tagIssues(value: number | undefined, field: string, label: string): Issue[] {
  if (value === undefined) return [{ path: [field], message: `Enter ${label}` }];
  if (!Number.isInteger(value)) return [{ path: [field], message: 'Enter a whole number' }];
  if (value < vlanRange.min || value > vlanRange.max) {
    return [{ path: [field], message: `Must be between ${vlanRange.min} and ${vlanRange.max}` }];
  }
  return [];
}

const zSideOnly = (asset: string) => z.literal('Z', { error: `${asset} tokens are Z-side only` });

export const portBasicSchema = z
  .extend(basicFields, {
    assetType: z.literal('PORT'),
    metroCode: required('Select a location'),
    portUuid: required('Select a port'),
    vlanTag: tagText,
    vlanSTag: tagText,
    vlanCTag: tagText,
  })
  .check(
    z.superRefine((values, ctx) => {
      const issues: Issue[] = [];
      if (values.portUuid && values.portEncapsulation === '') {
        issues.push({
          path: ['portUuid'],
          message: 'Select the port again: its encapsulation is unknown',
        });
      }
      if (values.portEncapsulation === 'DOT1Q') {
        issues.push(...tagIssues(values.vlanTag, 'vlanTag', 'a VLAN ID'));
      }
      if (values.portEncapsulation === 'QINQ') {
        issues.push(...tagIssues(values.vlanSTag, 'vlanSTag', 'an outer tag (S-tag)'));
        issues.push(...tagIssues(values.vlanCTag, 'vlanCTag', 'an inner tag (C-tag)'));
      }
      for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
    }),
  );

export const deviceBasicSchema = z
  .extend(basicFields, {
    side: zSideOnly('Virtual device'),
    assetType: z.literal('VD'),
    metroCode: required('Select a location'),
    interfaceId: interfaceIdText,
    secondaryInterfaceId: interfaceIdText,
  })
  .check(
    z.superRefine((values, ctx) => {
      const pair = values.deviceMode === 'REDUNDANT';
      if (!values.deviceUuid || (pair && !values.secondaryDeviceUuid)) {
        const message = pair ? 'Select a pair of redundant devices' : 'Select a device';
        ctx.addIssue({ code: 'custom', path: ['deviceUuid'], message });
        return;
      }
      if (values.interfaceMode !== 'MANUAL') return;
      if (values.interfaceId === undefined) {
        const message = pair ? 'Select an interface on the primary device' : 'Select an interface';
        ctx.addIssue({ code: 'custom', path: ['interfaceId'], message });
      } else if (!isInterfaceId(values.interfaceId)) {
        ctx.addIssue({ code: 'custom', path: ['interfaceId'], message: notAnInterface });
      }
      if (pair && values.secondaryInterfaceId === undefined) {
        const message = 'Select an interface on the secondary device';
        ctx.addIssue({ code: 'custom', path: ['secondaryInterfaceId'], message });
      } else if (pair && !isInterfaceId(values.secondaryInterfaceId)) {
        ctx.addIssue({ code: 'custom', path: ['secondaryInterfaceId'], message: notAnInterface });
      }
    }),
  );

export const networkBasicSchema = z
  .extend(basicFields, {
    side: zSideOnly('Network'),
    assetType: z.literal('NETWORK'),
    networkUuid: required('Select a network'),
  })
  .check(
    z.superRefine((values, ctx) => {
      if (values.networkUuid && values.networkType === '') {
        const message = 'Select the network again: its type is unknown';
        ctx.addIssue({ code: 'custom', path: ['networkUuid'], message });
      }
    }),
  );

export const basicSchema = z.discriminatedUnion('assetType', [
  portBasicSchema,
  deviceBasicSchema,
  networkBasicSchema,
]);

export type BasicConfig = z.output<typeof basicSchema>;
