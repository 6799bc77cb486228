import fc from 'fast-check';
import { bandwidthCapFor } from '@/features/create-token/eligibility';
import { dateInputValue, daysAhead, expirationDateTime } from '@/features/create-token/expiration';
import type { WizardField, WizardValues } from '@/features/create-token/wizard-values';
import { bandwidthChoices, bandwidthMenu, maxRecipients, vlanRange } from '@/lib/token-rules';
import { edit, remove, type Json } from './json-edit';
import { validEmail, validRecipients, type WizardCase } from './valid-wizard-input';

/**
 * One rule broken at a time. A mutation changes the wizard's values (what the form holds) and the
 * request the form's mapping built from the valid values (what the API would receive), the same
 * way, so the form and the demo backend are asked about the same mistake.
 */
export interface InvalidCase {
  /** The valid case the mistake was made in. */
  base: WizardCase;
  mutation: string;
  /** The form field the form and the server must both name. */
  field: WizardField;
  /** The form's values, as data (an unknown enum value cannot be typed). */
  input: Record<string, unknown>;
  /** Which request of the run carries the mistake (a redundant pair has two). */
  requestIndex: number;
  /** Applies the mistake to the requests built from the valid values at `now`. */
  request: (requests: readonly Json[], now: Date) => Json;
  /** How fast-check prints a counterexample: the mistake, not the whole form. */
  [fc.toStringMethod]: () => string;
}

type Mutation = (base: WizardCase) => fc.Arbitrary<InvalidCase> | undefined;

const menu: readonly number[] = bandwidthMenu;
const selector = (values: WizardValues) =>
  `/connection/${values.side === 'A' ? 'aSide' : 'zSide'}/accessPointSelectors/0`;
const first = (requests: readonly Json[]): Json => {
  const request = requests[0];
  if (request === undefined) throw new Error('the mapping built no request');
  return request;
};

function invalid(
  base: WizardCase,
  mutation: string,
  field: WizardField,
  changes: Record<string, unknown>,
  request: InvalidCase['request'],
  requestIndex = 0,
): InvalidCase {
  const input = { ...base.values, ...changes };
  const { portUuid, deviceUuid, networkUuid } = base.values;
  const asset = { port: portUuid, device: deviceUuid, network: networkUuid }[base.kind];
  return {
    base,
    mutation,
    field,
    input,
    requestIndex,
    request,
    [fc.toStringMethod]: () =>
      `${mutation}: ${JSON.stringify(changes)} on a ${base.values.side}-side ${base.kind} token (${asset}, ${base.projectId})`,
  };
}

const tagFields = (values: WizardValues): ('vlanTag' | 'vlanSTag' | 'vlanCTag')[] =>
  values.assetType !== 'PORT'
    ? []
    : values.portEncapsulation === 'DOT1Q'
      ? ['vlanTag']
      : values.portEncapsulation === 'QINQ'
        ? ['vlanSTag', 'vlanCTag']
        : [];

/** A tag the form refuses, typed as text, and what a client would send for it. */
const badTags: fc.Arbitrary<{ name: string; text: string; sent: Json | typeof remove }> = fc.oneof(
  fc
    .oneof(
      fc.integer({ min: -100_000, max: vlanRange.min - 1 }),
      fc.integer({ min: vlanRange.max + 1, max: 10_000_000 }),
    )
    .map((tag) => ({ name: 'VLAN out of range', text: String(tag), sent: tag })),
  fc
    .double({ min: vlanRange.min, max: vlanRange.max, noNaN: true })
    .filter((tag) => !Number.isInteger(tag))
    .map((tag) => ({ name: 'VLAN not an integer', text: String(tag), sent: tag })),
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((text) => text.trim() !== '' && !/^\d+$/.test(text.trim()))
    .map((text) => ({ name: 'VLAN not a number', text, sent: text })),
  fc
    .constantFrom('', ' ', '\t')
    .map((text) => ({ name: 'VLAN missing', text, sent: remove as Json | typeof remove })),
);

const tagMutation: Mutation = (base) => {
  const fields = tagFields(base.values);
  if (fields.length === 0) return undefined;
  return fc
    .tuple(fc.constantFrom(...fields), badTags)
    .map(([field, tag]) =>
      invalid(base, `${tag.name} (${field})`, field, { [field]: tag.text }, (requests) =>
        edit(first(requests), `${selector(base.values)}/linkProtocol/${field}`, tag.sent),
      ),
    );
};

const cap = (values: WizardValues) => bandwidthCapFor(values.assetType, values.portBandwidthCap);
const offMenu = fc.integer({ min: -10, max: 100_000 }).filter((mbps) => !menu.includes(mbps));
const aboveCap = (values: WizardValues) => menu.filter((mbps) => mbps > cap(values));

const bandwidthLimitMutation: Mutation = (base) => {
  if (base.values.side !== 'A') return undefined;
  const choices: fc.Arbitrary<{ name: string; mbps: number | null }>[] = [
    offMenu.map((mbps) => ({ name: 'bandwidth not in the menu', mbps })),
    fc.constant({ name: 'bandwidth missing', mbps: null }),
  ];
  const above = aboveCap(base.values);
  if (above.length > 0) {
    choices.push(
      fc.constantFrom(...above).map((mbps) => ({ name: 'bandwidth above the cap', mbps })),
    );
  }
  return fc
    .oneof(...choices)
    .map(({ name, mbps }) =>
      invalid(base, name, 'bandwidthLimit', { bandwidthLimit: mbps }, (requests) =>
        edit(first(requests), '/connection/bandwidthLimit', mbps ?? remove),
      ),
    );
};

const supportedBandwidthsMutation: Mutation = (base) => {
  if (base.values.side !== 'Z') return undefined;
  const offered = bandwidthChoices(cap(base.values));
  const withExtra = (name: string, extra: fc.Arbitrary<number>) =>
    fc
      .tuple(fc.subarray(offered), extra)
      .map(([speeds, mbps]) => ({ name, speeds: [...speeds, mbps] }));
  const choices = [
    withExtra('bandwidth not in the menu', offMenu),
    fc.constant({ name: 'no bandwidth', speeds: [] as number[] }),
    // The checkboxes cannot repeat a speed, but a restored draft can hold anything.
    fc
      .subarray(offered, { minLength: 1 })
      .chain((speeds) => fc.constantFrom(...speeds).map((mbps) => [...speeds, mbps]))
      .map((speeds) => ({ name: 'bandwidth listed twice', speeds })),
  ];
  const above = aboveCap(base.values);
  if (above.length > 0)
    choices.push(withExtra('bandwidth above the cap', fc.constantFrom(...above)));
  return fc.oneof(...choices).map(({ name, speeds }) =>
    invalid(base, name, 'supportedBandwidths', { supportedBandwidths: speeds }, (requests) =>
      // The mapping sends the speeds sorted.
      edit(
        first(requests),
        '/connection/supportedBandwidths',
        [...speeds].sort((a, b) => a - b),
      ),
    ),
  );
};

const malformedDate = fc
  .oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('2025-02-30', '2025-13-01', '31/12/2030', '2030-1-5', 'tomorrow'),
  )
  .filter((text) => daysAhead(text) === undefined && !/^\d{4}-\d{2}-\d{2}T/.test(text));

const expirationMutation: Mutation = (base) =>
  fc
    .oneof(
      fc
        .integer({ min: -3650, max: 0 })
        .map((days) => ({ name: 'expiration not in the future', days })),
      fc
        .integer({ min: 91, max: 3650 })
        .map((days) => ({ name: 'expiration beyond 90 days', days })),
      malformedDate.map((text) => ({ name: 'expiration not a date', text })),
    )
    .map((choice) => {
      const text = 'days' in choice ? dateInputValue(choice.days) : choice.text;
      return invalid(
        base,
        choice.name,
        'expirationDate',
        { expirationDate: text },
        (requests, now) =>
          edit(
            first(requests),
            '/expirationDateTime',
            // What the mapping sends for a date; the text itself when it is not one.
            'days' in choice ? expirationDateTime(text, now) : text,
          ),
      );
    });

/** Addresses every grammar refuses, made by breaking a valid one. */
export const malformedEmail = fc
  .tuple(validEmail, fc.integer({ min: 0, max: 7 }))
  .map(([email, how]) => {
    const [local = '', domain = ''] = email.split('@');
    const label = domain.split('.')[0] ?? 'host';
    return (
      [
        `${local}${domain}`,
        `${local}@${local}@${domain}`,
        `@${domain}`,
        `${local}@${label}`,
        `${local} x@${domain}`,
        `${local}@-${domain}`,
        `${local}@${domain}.`,
        `${local}ü@${domain}`,
      ][how] ?? ''
    );
  });

const insertAt = <T>(items: readonly T[], item: T, at: number) => [
  ...items.slice(0, at % (items.length + 1)),
  item,
  ...items.slice(at % (items.length + 1)),
];

const recipientsMutation: Mutation = (base) => {
  const current = base.values.emails.slice(0, maxRecipients - 1);
  const changed = fc.oneof(
    fc.constant({ name: 'no recipient', emails: [] as string[] }),
    validRecipients(maxRecipients + 1, maxRecipients + 8).map((emails) => ({
      name: 'more than 12 recipients',
      emails,
    })),
    fc
      .tuple(malformedEmail, fc.nat())
      .map(([email, at]) => ({ name: 'malformed email', emails: insertAt(current, email, at) })),
    fc.tuple(fc.constantFrom(...current), fc.boolean(), fc.nat()).map(([email, shout, at]) => ({
      name: 'duplicate email',
      emails: insertAt(current, shout ? email.toUpperCase() : email.toLowerCase(), at),
    })),
  );
  return changed.map(({ name, emails }) =>
    invalid(base, name, 'emails', { emails }, (requests) =>
      edit(first(requests), '/notifications/0/emails', emails),
    ),
  );
};

const assetMutation: Mutation = (base) => {
  const values = base.values;
  const at = selector(values);
  if (values.assetType === 'PORT') {
    return fc.constant(
      invalid(base, 'no port', 'portUuid', { portUuid: '' }, (requests) =>
        edit(first(requests), `${at}/port/uuid`, ''),
      ),
    );
  }
  if (values.assetType === 'NETWORK') {
    const unknownType = fc
      .oneof(
        fc.constantFrom('IPWAN', 'EVPL', 'EPL', 'evplan'),
        fc.string({ minLength: 1, maxLength: 8 }),
      )
      .filter((type) => !['EVPLAN', 'EPLAN', 'EVPTREE', 'EPTREE'].includes(type));
    return fc.oneof(
      fc.constant(
        invalid(base, 'no network', 'networkUuid', { networkUuid: '' }, (requests) =>
          edit(first(requests), `${at}/network/uuid`, ''),
        ),
      ),
      unknownType.map((type) =>
        invalid(base, 'unknown network type', 'networkType', { networkType: type }, (requests) =>
          edit(first(requests), `${at}/network/type`, type),
        ),
      ),
    );
  }
  const pair = values.deviceMode === 'REDUNDANT';
  const manual = values.interfaceMode === 'MANUAL';
  const devices = fc
    .constantFrom(...(pair ? [0, 1] : [0]))
    .map((index) =>
      invalid(
        base,
        index === 0 ? 'no device' : 'no secondary device',
        'deviceUuid',
        { [index === 0 ? 'deviceUuid' : 'secondaryDeviceUuid']: '' },
        (requests) => edit(requests[index] ?? null, `${at}/virtualDevice/uuid`, ''),
        index,
      ),
    );
  if (!manual) return devices;
  const badInterface = fc.oneof(
    fc.string({ minLength: 1, maxLength: 4 }).filter((text) => text.trim() !== ''),
    fc
      .double({ min: 1, max: 64, noNaN: true })
      .filter((id) => !Number.isInteger(id))
      .map(String),
  );
  const interfaces = fc
    .tuple(
      fc.constantFrom(...(pair ? [0, 1] : [0])),
      badInterface.filter((text) => !Number.isInteger(Number(text))),
    )
    .map(([index, text]) => {
      const field = index === 0 ? 'interfaceId' : 'secondaryInterfaceId';
      const sent = Number.isNaN(Number(text)) ? text : Number(text);
      return invalid(
        base,
        'interface id not a whole number',
        field,
        { [field]: text },
        (requests) => edit(requests[index] ?? null, `${at}/interface/id`, sent),
        index,
      );
    });
  return fc.oneof(devices, interfaces);
};

/** Tags have the most ways to be wrong, so they get more of the runs. */
const mutations: [Mutation, number][] = [
  [tagMutation, 3],
  [bandwidthLimitMutation, 1],
  [supportedBandwidthsMutation, 1],
  [expirationMutation, 1],
  [recipientsMutation, 1],
  [assetMutation, 1],
];

/** One valid case with exactly one rule broken, among the rules that apply to that case. */
export function invalidWizardCase(valid: fc.Arbitrary<WizardCase>): fc.Arbitrary<InvalidCase> {
  return valid.chain((base) =>
    fc.oneof(
      ...mutations.flatMap(([mutation, weight]) => {
        const arbitrary = mutation(base);
        return arbitrary ? [{ arbitrary, weight }] : [];
      }),
    ),
  );
}
