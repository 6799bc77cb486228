import { describe, expect, it } from 'vitest';
import type { Port } from '@/api/types';
import { portLocations } from './port-locations';

const port = (metroCode: string, metroName?: string): Port => ({
  uuid: `port-${metroCode}`,
  location: { metroCode, ...(metroName ? { metroName } : {}) },
});

describe('portLocations', () => {
  it('offers every metro that has a port, even one the metros answer does not list', () => {
    // The published spec's examples: ports in TY and SY, a metros answer listing AM only.
    const locations = portLocations([port('TY'), port('SY')], [{ code: 'AM', name: 'Amsterdam' }]);
    expect(locations.map((location) => location.code)).toEqual(['SY', 'TY']);
  });

  it('names a metro from the metros answer, else from the port, else by its code', () => {
    const locations = portLocations(
      [port('SV', 'Silicon Valley?'), port('DC', 'Ashburn'), port('TY')],
      [{ code: 'SV', name: 'Silicon Valley' }],
    );
    expect(locations).toEqual([
      { code: 'DC', name: 'Ashburn' },
      { code: 'SV', name: 'Silicon Valley' },
      { code: 'TY', name: 'TY' },
    ]);
  });

  it('lists a metro once, and never a port without a metro', () => {
    expect(portLocations([port('SV'), port('SV'), { uuid: 'nowhere' }])).toEqual([
      { code: 'SV', name: 'SV' },
    ]);
  });

  it('offers no metro that has no port', () => {
    expect(portLocations([], [{ code: 'AM', name: 'Amsterdam' }])).toEqual([]);
  });
});
