import type { LinkProtocolEntry } from '@/api/types';
import type { PortEncapsulation } from './basic-schema';

/**
 * Whether the tags the user chose are already taken on the port, according to the port's
 * `linkProtocols` listing: a RESERVED entry, held by a connection (`asset`) or a token
 * (`serviceToken`), takes its VLAN (or S-tag/C-tag pair, or C-tag range).
 */
export interface WantedTags {
  encapsulation: PortEncapsulation;
  vlanTag?: number;
  vlanSTag?: number;
  vlanCTag?: number;
}

export interface VlanConflict {
  field: 'vlanTag' | 'vlanSTag' | 'vlanCTag' | 'portUuid';
  message: string;
}

function holder(entry: LinkProtocolEntry): string {
  if (entry.serviceToken?.uuid) return `service token ${entry.serviceToken.uuid}`;
  if (entry.asset?.uuid) return `connection ${entry.asset.uuid}`;
  return 'another connection';
}

function within(value: number, min: number | undefined, max: number | undefined): boolean {
  return min !== undefined && max !== undefined && value >= min && value <= max;
}

function takesTag(entry: LinkProtocolEntry, tag: number): boolean {
  return entry.vlanTag === tag || within(tag, entry.vlanTagMin, entry.vlanTagMax);
}

function takesPair(entry: LinkProtocolEntry, sTag: number, cTag: number): boolean {
  if (entry.vlanSTag !== sTag) return false;
  const wholeOuterTag =
    entry.vlanCTag === undefined &&
    entry.vlanCTagMin === undefined &&
    entry.vlanCTagMax === undefined;
  return (
    wholeOuterTag || entry.vlanCTag === cTag || within(cTag, entry.vlanCTagMin, entry.vlanCTagMax)
  );
}

export function findVlanConflict(
  entries: readonly LinkProtocolEntry[],
  wanted: WantedTags,
): VlanConflict | undefined {
  const reserved = entries.filter((entry) => entry.state === 'RESERVED');
  if (wanted.encapsulation === 'UNTAGGED') {
    const taken = reserved[0];
    return (
      taken && { field: 'portUuid', message: `This port is already in use by ${holder(taken)}` }
    );
  }
  if (wanted.encapsulation === 'DOT1Q') {
    const tag = wanted.vlanTag;
    const taken = tag === undefined ? undefined : reserved.find((entry) => takesTag(entry, tag));
    return (
      taken && {
        field: 'vlanTag',
        message: `VLAN ${tag} is already in use by ${holder(taken)}`,
      }
    );
  }
  const { vlanSTag: sTag, vlanCTag: cTag } = wanted;
  if (sTag === undefined || cTag === undefined) return undefined;
  const taken = reserved.find((entry) => takesPair(entry, sTag, cTag));
  return (
    taken && {
      // Named on the S-tag, as the API names it (the pair is what is taken).
      field: 'vlanSTag',
      message: `S-tag ${sTag} with C-tag ${cTag} is already in use by ${holder(taken)}`,
    }
  );
}
