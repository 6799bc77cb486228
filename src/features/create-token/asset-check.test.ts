import { describe, expect, it } from 'vitest';
import type { NeDevice, NeDeviceInterface } from '@/api/types';
import { deviceIssues } from './asset-check';
import { zSideDeviceValues } from './test/wizard-test-values';

const data = (id: number, status: NeDeviceInterface['status']): NeDeviceInterface => ({
  id,
  type: 'DATA',
  status,
});
const device = (
  name: string,
  interfaces: NeDeviceInterface[],
  status: NeDevice['status'] = 'PROVISIONED',
): NeDevice => ({
  uuid: name,
  name,
  deviceTypeCode: 'CSR1000V',
  status,
  metroCode: 'SV',
  interfaces,
});

describe('the device check when leaving Basic configuration', () => {
  it('passes while the chosen interface is still available', () => {
    const values = zSideDeviceValues({ interfaceMode: 'MANUAL', interfaceId: '4' });
    expect(deviceIssues([device('vd', [data(4, 'AVAILABLE')])], values)).toEqual([]);
  });

  it('reports an interface reserved since it was chosen', () => {
    const values = zSideDeviceValues({ interfaceMode: 'MANUAL', interfaceId: '4' });
    expect(deviceIssues([device('vd', [data(4, 'RESERVED')])], values)).toEqual([
      { field: 'interfaceId', message: 'Interface 4 on vd is now RESERVED' },
    ]);
  });

  it('reports a device left without a free interface for "next available"', () => {
    expect(deviceIssues([device('vd', [data(4, 'RESERVED')])], zSideDeviceValues())).toEqual([
      { field: 'interfaceMode', message: 'vd has no free data interface' },
    ]);
  });

  it('checks the secondary device of a pair on its own field', () => {
    const values = zSideDeviceValues({
      deviceMode: 'REDUNDANT',
      interfaceMode: 'MANUAL',
      interfaceId: '3',
      secondaryInterfaceId: '3',
    });
    const issues = deviceIssues(
      [device('primary', [data(3, 'AVAILABLE')]), device('secondary', [data(3, 'ASSIGNED')])],
      values,
    );
    expect(issues).toEqual([
      { field: 'secondaryInterfaceId', message: 'Interface 3 on secondary is now ASSIGNED' },
    ]);
  });

  it('leaves out the primary of a pair already created, whose interface is its own now', () => {
    const values = zSideDeviceValues({
      deviceMode: 'REDUNDANT',
      interfaceMode: 'MANUAL',
      interfaceId: '3',
      secondaryInterfaceId: '4',
    });
    const devices = [
      device('primary', [data(3, 'RESERVED')]),
      device('secondary', [data(4, 'AVAILABLE')]),
    ];
    expect(deviceIssues(devices, values, 1)).toEqual([]);
    expect(deviceIssues(devices, values)).toHaveLength(1);
  });

  it('reports a device that is no longer provisioned', () => {
    expect(
      deviceIssues([device('vd', [data(4, 'AVAILABLE')], 'DEPROVISIONING')], zSideDeviceValues()),
    ).toEqual([{ field: 'deviceUuid', message: 'vd is DEPROVISIONING' }]);
  });
});
