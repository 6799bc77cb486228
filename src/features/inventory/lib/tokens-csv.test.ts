import { describe, expect, it } from 'vitest';
import type { ServiceToken } from '@/api/types';
import { csvCell, tokensToCsv } from './tokens-csv';

describe('tokens CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('—')).toBe('');
  });

  it('writes a header and one CRLF line per token', () => {
    const token: ServiceToken = {
      uuid: '7e5d0c3a-91b2-4f6e-8d4c-000000000001',
      name: 'Lab, east',
      state: 'INACTIVE',
      expirationDateTime: '2030-01-01T00:00:00.000Z',
      connection: {
        allowRemoteConnection: true,
        allowCustomBandwidth: false,
        bandwidthLimit: 500,
        aSide: {
          accessPointSelectors: [
            {
              type: 'COLO',
              port: { uuid: 'p', portName: 'SV5-01', location: { metroCode: 'SV' } },
              linkProtocol: { type: 'DOT1Q', vlanTag: 300 },
            },
          ],
        },
      },
      notifications: [{ type: 'ALL', emails: ['a@example.com', 'b@example.com'] }],
      changeLog: { createdByFullName: 'Dana', createdDateTime: '2029-12-01T00:00:00.000Z' },
    };
    const csv = tokensToCsv([token, { ...token, uuid: 'u-2', name: 'Second' }]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(
      'Name,Token,Side,Asset type,Asset,Location,Link protocol / VLAN,Bandwidth,State,State label,Expires,Recipients,Created,Created by',
    );
    expect(lines[1]).toBe(
      '"Lab, east",7e5d0c3a-91b2-4f6e-8d4c-000000000001,A,Port,SV5-01,SV,DOT1Q · VLAN 300,Up to 500 Mbps,INACTIVE,Available (not redeemed),2030-01-01T00:00:00.000Z,a@example.com; b@example.com,2029-12-01T00:00:00.000Z,Dana',
    );
  });

  it("writes a device token's location from its device's metro", () => {
    const token: ServiceToken = {
      connection: {
        allowRemoteConnection: true,
        allowCustomBandwidth: false,
        zSide: {
          accessPointSelectors: [
            { type: 'VD', virtualDevice: { uuid: 'd-1', name: 'csr-dc' }, interface: { id: 4 } },
          ],
        },
      },
    };
    const [, row] = tokensToCsv([token], new Map([['d-1', 'DC']])).split('\r\n');
    expect(row?.split(',')[5]).toBe('DC');
  });
});
