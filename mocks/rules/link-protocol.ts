import type { LinkProtocol, Port } from '@/api/types';
import { ApiProblem, invalid, Problems } from '../http/api-problem';
import { errorCodes } from '../http/error-codes';
import type { DemoStore } from '../store/demo-store';
import { vlanHolder } from '../store/reservations';
import { describe, isInteger, isRecord } from './json';

const tagNames = ['vlanTag', 'vlanSTag', 'vlanCTag'] as const;
type TagName = (typeof tagNames)[number];
const needs: Record<string, readonly TagName[]> = {
  DOT1Q: ['vlanTag'],
  QINQ: ['vlanSTag', 'vlanCTag'],
  UNTAGGED: [],
};
const hint: Record<string, string> = {
  DOT1Q: 'send type DOT1Q with a vlanTag',
  QINQ: 'send type QINQ with vlanSTag and vlanCTag',
  UNTAGGED: 'send type UNTAGGED without tags',
};

/** The link protocol must follow the port's encapsulation, with tags in 2..4092. */
export function checkLinkProtocol(value: unknown, port: Port, at: string): LinkProtocol {
  const encapsulation = port.encapsulation?.type ?? 'DOT1Q';
  if (!isRecord(value))
    throw invalid(
      at,
      `A link protocol is required: port ${port.name} uses ${encapsulation}; ${hint[encapsulation]}`,
    );
  if (value.type !== encapsulation) {
    throw invalid(
      `${at}/type`,
      `Port ${port.name} uses ${encapsulation}: ${hint[encapsulation]} (got ${describe(value.type)})`,
    );
  }
  const problems = new Problems();
  const protocol: LinkProtocol = { type: encapsulation };
  const required = needs[encapsulation] ?? [];
  for (const name of tagNames) {
    const tag = value[name];
    const property = `${at}/${name}`;
    if (!required.includes(name)) {
      if (tag !== undefined) {
        problems.add(
          property,
          encapsulation === 'UNTAGGED'
            ? `An untagged port takes no VLAN tag (${name})`
            : `${encapsulation} takes no ${name}; ${hint[encapsulation]}`,
        );
      }
    } else if (tag === undefined) {
      problems.add(
        property,
        `${name === 'vlanTag' ? 'A VLAN ID' : name === 'vlanSTag' ? 'An S-tag (outer tag)' : 'A C-tag (inner tag)'} is required on ${encapsulation} port ${port.name}`,
      );
    } else if (!isInteger(tag) || tag < 2 || tag > 4092) {
      problems.add(
        property,
        `${describe(tag)} is not a VLAN tag; use a whole number from 2 to 4092`,
      );
    } else protocol[name] = tag;
  }
  problems.throwIfAny();
  return protocol;
}

const label = (protocol: LinkProtocol) =>
  protocol.type === 'QINQ'
    ? `S-tag ${protocol.vlanSTag} / C-tag ${protocol.vlanCTag}`
    : protocol.type === 'UNTAGGED'
      ? 'the untagged port'
      : `VLAN ${protocol.vlanTag}`;

/** 400 EQ-3142102 when the VLAN (or pair, or untagged port) is already held on the port. */
export function checkVlanFree(
  store: DemoStore,
  port: Port,
  protocol: LinkProtocol,
  at: string,
): void {
  const holder = vlanHolder(store, port.uuid ?? '', protocol);
  if (!holder) return;
  const by = holder.row
    ? `service token ${holder.row.uuid}`
    : `connection ${holder.connection?.name ?? holder.connection?.uuid}`;
  const message = `${label(protocol)} is already in use on port ${port.name} (by ${by}); choose another`;
  const property =
    protocol.type === 'QINQ'
      ? `${at}/vlanSTag`
      : protocol.type === 'UNTAGGED'
        ? at.replace(/\/linkProtocol$/, '/port/uuid')
        : `${at}/vlanTag`;
  throw new ApiProblem(400, [
    {
      errorCode: errorCodes.vlanInUse,
      errorMessage: message,
      property,
      ...(protocol.type === 'QINQ' && { alsoProperties: [`${at}/vlanCTag`] }),
      reason: message,
    },
  ]);
}
