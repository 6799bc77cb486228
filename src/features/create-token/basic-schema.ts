import { z } from '@/lib/zod';
import { vlanRange } from '@/lib/token-rules';
import {
  deviceModes,
  interfaceModes,
  portEncapsulations,
  tokenNetworkTypes,
  tokenSides,
} from './wizard-values';

/**
 * Step 1, "Basic configuration": one variant per asset type. A-side tokens exist for ports only,
 * so the device and network variants accept side Z alone. Tags stay text in the form and come out
 * as numbers; which tags are required follows the chosen port's encapsulation.
 * (zod/mini: this is on the wizard's first load, and the classic API costs ~11 kB gzip.)
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
  .object({
    side: z.enum(tokenSides),
    assetType: z.literal('PORT'),
    metroCode: required('Select a location'),
    portUuid: required('Select a port'),
    portEncapsulation: z.enum([...portEncapsulations, '']),
    portBandwidthCap: z.number(),
    vlanTag: tagText,
    vlanSTag: tagText,
    vlanCTag: tagText,
    allowRemoteConnection: z.boolean(),
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
  .object({
    side: zSideOnly('Virtual device'),
    assetType: z.literal('VD'),
    metroCode: required('Select a location'),
    deviceMode: z.enum(deviceModes),
    deviceUuid: z.string(),
    secondaryDeviceUuid: z.string(),
    interfaceMode: z.enum(interfaceModes),
    interfaceId: interfaceIdText,
    secondaryInterfaceId: interfaceIdText,
    allowRemoteConnection: z.boolean(),
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
  .object({
    side: zSideOnly('Network'),
    assetType: z.literal('NETWORK'),
    networkUuid: required('Select a network'),
    networkType: z.enum([...tokenNetworkTypes, '']),
    allowRemoteConnection: z.boolean(),
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
