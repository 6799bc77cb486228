import fc from 'fast-check';
import {
  accessPointSelectorTypeValues,
  serviceTokenConnectionTypeValues,
  serviceTokenTypeValues,
  simplifiedNotificationTypeValues,
} from '@/api/schema.gen';
import { bandwidthMenu, vlanRange } from '@/lib/token-rules';
import { edit, remove, type Json } from './json-edit';
import type { WizardCase } from './valid-wizard-input';

/**
 * Mistakes the wizard cannot make (it has no control for them, and its mapping never sends them),
 * made directly in a request the mapping built: the demo backend must still refuse each, naming
 * the property, as the API would refuse another client.
 */
export interface UnsentCase {
  mistake: string;
  /** The JSON Pointer the ErrorList must name. */
  property: string;
  request: (request: Json) => Json;
}

const side = (base: WizardCase) => (base.values.side === 'A' ? 'aSide' : 'zSide');
const anyTag = fc.integer({ min: vlanRange.min, max: vlanRange.max });
const word = fc.string({ minLength: 1, maxLength: 10 });

function extraTag(base: WizardCase): fc.Arbitrary<UnsentCase> | undefined {
  if (base.values.assetType !== 'PORT') return undefined;
  const protocol = `/connection/${side(base)}/accessPointSelectors/0/linkProtocol`;
  const foreign = {
    DOT1Q: ['vlanSTag', 'vlanCTag'],
    QINQ: ['vlanTag'],
    UNTAGGED: ['vlanTag', 'vlanSTag', 'vlanCTag'],
    '': [],
  }[base.values.portEncapsulation];
  if (foreign.length === 0) return undefined;
  return fc.tuple(fc.constantFrom(...foreign), anyTag).map(([name, tag]) => ({
    mistake: `a ${name} the ${base.values.portEncapsulation} port does not take`,
    property: `${protocol}/${name}`,
    request: (request) => edit(request, `${protocol}/${name}`, tag),
  }));
}

function otherSideBandwidth(base: WizardCase): fc.Arbitrary<UnsentCase> {
  return base.values.side === 'A'
    ? fc.subarray([...bandwidthMenu], { minLength: 1 }).map((speeds) => ({
        mistake: 'supportedBandwidths on an A-side token',
        property: '/connection/supportedBandwidths',
        request: (request) => edit(request, '/connection/supportedBandwidths', speeds),
      }))
    : fc.constantFrom(...bandwidthMenu).map((mbps) => ({
        mistake: 'a bandwidthLimit on a Z-side token',
        property: '/connection/bandwidthLimit',
        request: (request) => edit(request, '/connection/bandwidthLimit', mbps),
      }));
}

const notIn = (known: readonly string[]) => word.filter((value) => !known.includes(value));

function unknownEnums(base: WizardCase): fc.Arbitrary<UnsentCase> {
  const selector = `/connection/${side(base)}/accessPointSelectors/0`;
  return fc.oneof(
    notIn(simplifiedNotificationTypeValues).map((type) => ({
      mistake: 'an unknown notification type',
      property: '/notifications/0/type',
      request: (request: Json) => edit(request, '/notifications/0/type', type),
    })),
    notIn(serviceTokenConnectionTypeValues).map((type) => ({
      mistake: 'an unknown connection type',
      property: '/connection/type',
      request: (request: Json) => edit(request, '/connection/type', type),
    })),
    notIn(accessPointSelectorTypeValues).map((type) => ({
      mistake: 'an unknown access point type',
      property: `${selector}/type`,
      request: (request: Json) => edit(request, `${selector}/type`, type),
    })),
    notIn(serviceTokenTypeValues).map((type) => ({
      mistake: 'an unknown token type',
      property: '/type',
      request: (request: Json) => edit(request, '/type', type),
    })),
  );
}

function sideMistakes(base: WizardCase): fc.Arbitrary<UnsentCase> {
  const here = side(base);
  const there = here === 'aSide' ? 'zSide' : 'aSide';
  const both: fc.Arbitrary<UnsentCase> = fc.constant({
    mistake: 'both sides in one token',
    property: '/connection',
    request: (request: Json) => {
      const copy = structuredClone(request);
      const connection =
        typeof copy === 'object' && copy && !Array.isArray(copy) ? copy.connection : undefined;
      if (typeof connection !== 'object' || !connection || Array.isArray(connection)) return copy;
      return edit(copy, `/connection/${there}`, connection[here] ?? null);
    },
  });
  if (base.values.assetType === 'PORT') return both;
  // A-side tokens exist for ports only: a device or network selector moved to the A side.
  const moved: fc.Arbitrary<UnsentCase> = fc.constant({
    mistake: `an A-side ${base.values.assetType} token`,
    property: '/connection/aSide/accessPointSelectors/0/type',
    request: (request: Json) => {
      const connection =
        typeof request === 'object' && request && !Array.isArray(request)
          ? request.connection
          : undefined;
      const zSide =
        typeof connection === 'object' && connection && !Array.isArray(connection)
          ? connection.zSide
          : undefined;
      const withA = edit(request, '/connection/aSide', zSide ?? null);
      const onlyA = edit(withA, '/connection/zSide', remove);
      return edit(
        edit(onlyA, '/connection/supportedBandwidths', remove),
        '/connection/bandwidthLimit',
        1000,
      );
    },
  });
  return fc.oneof(both, moved);
}

export function unsentRequestCase(valid: fc.Arbitrary<WizardCase>) {
  return valid.chain((base) =>
    fc
      .oneof(
        ...[
          extraTag(base),
          otherSideBandwidth(base),
          unknownEnums(base),
          sideMistakes(base),
        ].flatMap((arbitrary) => arbitrary ?? []),
      )
      .map((mistake) => ({ base, ...mistake })),
  );
}
