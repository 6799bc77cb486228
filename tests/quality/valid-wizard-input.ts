import fc from 'fast-check';
import { dateInputValue } from '@/features/create-token/expiration';
import { bandwidthCapFor } from '@/features/create-token/eligibility';
import { emptyWizardValues, type WizardValues } from '@/features/create-token/wizard-values';
import {
  bandwidthChoices,
  bandwidthMenu,
  maxExpirationDays,
  maxRecipients,
} from '@/lib/token-rules';
import type { DemoAssets, DeviceAsset, NetworkAsset, PortAsset } from './demo-assets';

/**
 * Complete, valid wizard answers for every token kind, over the assets a user could pick, typed
 * the way people type (tags with spaces or leading zeros, emails in capitals, blank optional
 * text), with leftovers of other asset kinds in the form, which must change nothing.
 */
export interface WizardCase {
  kind: 'port' | 'device' | 'network';
  projectId: string;
  values: WizardValues;
}

const lowerAlnum = 'abcdefghijklmnopqrstuvwxyz0123456789';
const word = (chars: string, max: number) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: max });

/** An address every grammar agrees on: dot-separated atoms @ dot-separated hostname labels. */
export const validEmail = fc
  .tuple(
    fc.array(word(`${lowerAlnum}_+-`, 6), { minLength: 1, maxLength: 3 }),
    fc.array(
      fc
        .tuple(
          word(lowerAlnum, 1),
          fc.option(word(`${lowerAlnum}-`, 8), { nil: '' }),
          word(lowerAlnum, 1),
        )
        .map(([first, middle, last]) => (middle ? `${first}${middle}${last}` : first)),
      { minLength: 1, maxLength: 2 },
    ),
    word('abcdefghijklmnopqrstuvwxyz', 6).filter((tld) => tld.length >= 2),
    fc.boolean(),
  )
  .map(([atoms, labels, tld, shout]) => {
    const address = `${atoms.join('.')}@${[...labels, tld].join('.')}`;
    return shout ? address.toUpperCase() : address;
  });

export const validRecipients = (min = 1, max = maxRecipients) =>
  fc.uniqueArray(validEmail, {
    minLength: min,
    maxLength: max,
    selector: (email) => email.toLowerCase(),
  });

/** How a person may type a valid tag: the form trims it and reads leading zeros. */
const typedTag = (tag: number) => fc.constantFrom(String(tag), ` ${tag} `, `00${tag}`);

const anyTag = fc.integer({ min: 2, max: 4092 });

/** Values the form keeps for asset kinds not chosen: they must not reach the request. */
const leftovers: fc.Arbitrary<Partial<WizardValues>> = fc.record(
  {
    vlanTag: fc.oneof(fc.string({ maxLength: 5 }), anyTag.map(String)),
    vlanSTag: fc.string({ maxLength: 5 }),
    vlanCTag: fc.string({ maxLength: 5 }),
    deviceUuid: fc.uuid(),
    secondaryDeviceUuid: fc.uuid(),
    interfaceId: fc.string({ maxLength: 3 }),
    networkUuid: fc.uuid(),
    bandwidthLimit: fc.option(fc.constantFrom(...bandwidthMenu), { nil: null }),
    supportedBandwidths: fc.subarray([...bandwidthMenu]),
  },
  { requiredKeys: [] },
);

const optionalText = fc.oneof(fc.constant(''), fc.string({ maxLength: 30 }));

function details(cap: number, side: 'A' | 'Z', now: Date): fc.Arbitrary<Partial<WizardValues>> {
  const choices = bandwidthChoices(cap);
  const common = fc.record({
    expirationDate: fc
      .integer({ min: 1, max: maxExpirationDays })
      .map((days) => dateInputValue(days, now)),
    emails: validRecipients(),
    name: optionalText,
    description: optionalText,
    allowRemoteConnection: fc.boolean(),
  });
  const bandwidth: fc.Arbitrary<Partial<WizardValues>> =
    side === 'A'
      ? fc.constantFrom(...choices).map((bandwidthLimit) => ({ bandwidthLimit }))
      : fc
          .subarray(choices, { minLength: 1 })
          .map((supportedBandwidths) => ({ supportedBandwidths }));
  return fc.tuple(common, bandwidth).map(([values, speeds]) => ({ ...values, ...speeds }));
}

function portTags(port: PortAsset): fc.Arbitrary<Partial<WizardValues>> | undefined {
  switch (port.encapsulation) {
    case 'DOT1Q':
      return anyTag
        .filter((tag) => !port.reserved.has(String(tag)))
        .chain(typedTag)
        .map((vlanTag) => ({ vlanTag }));
    case 'QINQ':
      return fc
        .tuple(anyTag, anyTag)
        .filter(([s, c]) => !port.reserved.has(`${s}/${c}`) && !port.reserved.has(`${s}/*`))
        .chain(([s, c]) => fc.tuple(typedTag(s), typedTag(c)))
        .map(([vlanSTag, vlanCTag]) => ({ vlanSTag, vlanCTag }));
    case 'UNTAGGED':
      // An untagged token takes the whole port: only a port nobody holds can carry one.
      return port.reserved.size === 0 ? fc.constant({}) : undefined;
  }
}

function portCase(port: PortAsset, now: Date): fc.Arbitrary<WizardCase> | undefined {
  const tags = portTags(port);
  if (!tags) return undefined;
  const cap = bandwidthCapFor('PORT', port.cap);
  return fc
    .constantFrom('A' as const, 'Z' as const)
    .chain((side) => fc.tuple(fc.constant(side), leftovers, tags, details(cap, side, now)))
    .map(([side, rest, tagValues, detailValues]) => ({
      kind: 'port',
      projectId: port.projectId,
      values: {
        ...emptyWizardValues(),
        ...rest,
        side,
        assetType: 'PORT',
        metroCode: port.metroCode,
        portUuid: port.uuid,
        portEncapsulation: port.encapsulation,
        portBandwidthCap: port.cap,
        ...tagValues,
        ...detailValues,
      },
    }));
}

function deviceCase(device: DeviceAsset, now: Date): fc.Arbitrary<WizardCase> {
  const pair = device.secondary;
  const modes = pair ? (['SINGLE', 'REDUNDANT'] as const) : (['SINGLE'] as const);
  const pick = (ids: readonly number[]) =>
    ids.length > 0 ? fc.constantFrom(...ids).map(String) : fc.constant('');
  const interfaces = fc.record({
    interfaceMode:
      device.freeInterfaces.length > 0 && (!pair || pair.freeInterfaces.length > 0)
        ? fc.constantFrom('AUTO' as const, 'MANUAL' as const)
        : fc.constant('AUTO' as const),
    interfaceId: pick(device.freeInterfaces),
    secondaryInterfaceId: pick(pair?.freeInterfaces ?? []),
  });
  return fc
    .tuple(
      fc.constantFrom(...modes),
      leftovers,
      interfaces,
      details(bandwidthCapFor('VD', 0), 'Z', now),
    )
    .map(([deviceMode, rest, interfaceValues, detailValues]) => ({
      kind: 'device',
      projectId: device.projectId,
      values: {
        ...emptyWizardValues(),
        ...rest,
        side: 'Z',
        assetType: 'VD',
        metroCode: device.metroCode,
        deviceMode,
        deviceUuid: device.uuid,
        secondaryDeviceUuid: deviceMode === 'REDUNDANT' && pair ? pair.uuid : '',
        ...interfaceValues,
        ...detailValues,
      },
    }));
}

function networkCase(network: NetworkAsset, now: Date): fc.Arbitrary<WizardCase> {
  return fc
    .tuple(leftovers, details(bandwidthCapFor('NETWORK', 0), 'Z', now))
    .map(([rest, detailValues]) => ({
      kind: 'network',
      projectId: network.projectId,
      values: {
        ...emptyWizardValues(),
        ...rest,
        side: 'Z',
        assetType: 'NETWORK',
        networkUuid: network.uuid,
        networkType: network.type,
        ...detailValues,
      },
    }));
}

/** One valid case over every eligible asset of every project (each asset equally likely). */
export function validWizardCase(assets: DemoAssets, now: Date): fc.Arbitrary<WizardCase> {
  const cases = [
    ...assets.ports.flatMap((port) => portCase(port, now) ?? []),
    ...assets.devices.map((device) => deviceCase(device, now)),
    ...assets.networks.map((network) => networkCase(network, now)),
  ];
  if (cases.length === 0) throw new Error('the demo backend offers no eligible asset');
  return fc.oneof(...cases);
}
