import { describe, expect, it } from 'vitest';
import type { LinkProtocolEntry } from '@/api/types';
import { findVlanConflict } from './vlan-conflicts';

const token = { uuid: 'token-1', type: 'TOKEN' };
const connection = { uuid: 'connection-1', type: 'EVPL_VC' };

describe('a VLAN already in use on the port', () => {
  it('is found for Dot1q, naming the token or connection that holds it', () => {
    const entries: LinkProtocolEntry[] = [
      { state: 'RESERVED', type: 'DOT1Q', vlanTag: 100, asset: connection },
      { state: 'RESERVED', type: 'DOT1Q', vlanTag: 300, serviceToken: token },
      { state: 'RELEASED', type: 'DOT1Q', vlanTag: 500, serviceToken: token },
    ];
    const wanted = (vlanTag: number) =>
      findVlanConflict(entries, { encapsulation: 'DOT1Q', vlanTag });
    expect(wanted(100)).toEqual({
      field: 'vlanTag',
      message: 'VLAN 100 is already in use by connection connection-1',
    });
    expect(wanted(300)?.message).toBe('VLAN 300 is already in use by service token token-1');
    expect(wanted(500)).toBeUndefined();
    expect(wanted(101)).toBeUndefined();
  });

  it('covers reserved ranges, edges included', () => {
    const entries: LinkProtocolEntry[] = [
      { state: 'RESERVED', type: 'DOT1Q', vlanTagMin: 10, vlanTagMax: 20 },
    ];
    expect(findVlanConflict(entries, { encapsulation: 'DOT1Q', vlanTag: 9 })).toBeUndefined();
    expect(findVlanConflict(entries, { encapsulation: 'DOT1Q', vlanTag: 10 })).toBeDefined();
    expect(findVlanConflict(entries, { encapsulation: 'DOT1Q', vlanTag: 20 })).toBeDefined();
    expect(findVlanConflict(entries, { encapsulation: 'DOT1Q', vlanTag: 21 })).toBeUndefined();
  });

  it('is found for a QinQ pair, a C-tag range or a whole S-tag', () => {
    const entries: LinkProtocolEntry[] = [
      { state: 'RESERVED', type: 'QINQ', vlanSTag: 300, vlanCTag: 30, serviceToken: token },
      { state: 'RESERVED', type: 'QINQ', vlanSTag: 400, vlanCTagMin: 1, vlanCTagMax: 9 },
      { state: 'RESERVED', type: 'QINQ', vlanSTag: 500 },
    ];
    const wanted = (vlanSTag: number, vlanCTag: number) =>
      findVlanConflict(entries, { encapsulation: 'QINQ', vlanSTag, vlanCTag });
    expect(wanted(300, 30)).toEqual({
      field: 'vlanSTag',
      message: 'S-tag 300 with C-tag 30 is already in use by service token token-1',
    });
    expect(wanted(300, 31)).toBeUndefined();
    expect(wanted(400, 9)).toBeDefined();
    expect(wanted(400, 10)).toBeUndefined();
    expect(wanted(500, 77)).toBeDefined();
  });

  it('makes an untagged port unavailable as soon as anything holds it', () => {
    expect(findVlanConflict([], { encapsulation: 'UNTAGGED' })).toBeUndefined();
    expect(
      findVlanConflict([{ state: 'RESERVED', type: 'UNTAGGED', serviceToken: token }], {
        encapsulation: 'UNTAGGED',
      }),
    ).toEqual({
      field: 'portUuid',
      message: 'This port is already in use by service token token-1',
    });
  });
});
