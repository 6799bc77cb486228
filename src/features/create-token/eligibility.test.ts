import { describe, expect, it } from 'vitest';
import type { NeDevice, NeDeviceInterface, Network, Port } from '@/api/types';
import {
  bandwidthCapFor,
  deviceProblem,
  interfaceProblem,
  networkProblem,
  pairProblem,
  portBandwidthCap,
  portProblem,
} from './eligibility';

const port = (overrides: Partial<Port> = {}): Port => ({
  uuid: 'p',
  state: 'ACTIVE',
  encapsulation: { type: 'DOT1Q' },
  bandwidth: 10000,
  availableBandwidth: 8000,
  ...overrides,
});

const dataInterface = (id: number, status: NeDeviceInterface['status']): NeDeviceInterface => ({
  id,
  type: 'DATA',
  status,
});

const device = (overrides: Partial<NeDevice> = {}): NeDevice => ({
  uuid: 'd',
  name: 'sv-csr-01',
  deviceTypeCode: 'CSR1000V',
  status: 'PROVISIONED',
  metroCode: 'SV',
  interfaces: [{ id: 1, type: 'MGMT', status: null }, dataInterface(3, 'AVAILABLE')],
  ...overrides,
});

describe('which assets can take a token', () => {
  it('takes ACTIVE ports with a known encapsulation and at least the smallest speed free', () => {
    expect(portProblem(port())).toBeUndefined();
    expect(portProblem(port({ state: 'PROVISIONING' }))).toBe('Port is PROVISIONING');
    expect(portProblem(port({ encapsulation: undefined }))).toBe(
      'Port encapsulation is not supported',
    );
    expect(portProblem(port({ availableBandwidth: 49 }))).toBe('No bandwidth available');
    expect(portProblem(port({ availableBandwidth: 50 }))).toBeUndefined();
  });

  it('caps a port token by what the port has left, and at 50 Gbps', () => {
    expect(portBandwidthCap(port())).toBe(8000);
    expect(portBandwidthCap(port({ availableBandwidth: undefined }))).toBe(10000);
    expect(portBandwidthCap(port({ availableBandwidth: 90000 }))).toBe(50000);
    expect(bandwidthCapFor('PORT', 8000)).toBe(8000);
    expect(bandwidthCapFor('VD', 0)).toBe(10000);
    expect(bandwidthCapFor('NETWORK', 0)).toBe(50000);
  });

  it('takes PROVISIONED devices with a free data interface', () => {
    expect(deviceProblem(device())).toBeUndefined();
    expect(deviceProblem(device({ status: 'PROVISIONING' }))).toBe('Device is PROVISIONING');
    expect(deviceProblem(device({ interfaces: [dataInterface(3, 'RESERVED')] }))).toBe(
      'No free data interface',
    );
  });

  it('takes a pair only when both devices can', () => {
    expect(pairProblem(device(), device())).toBeUndefined();
    expect(pairProblem(device(), undefined)).toBe('The secondary device is not available');
    expect(pairProblem(device(), device({ status: 'FAILED' }))).toBe('Secondary: Device is FAILED');
  });

  it('takes AVAILABLE data interfaces only', () => {
    expect(interfaceProblem(dataInterface(3, 'AVAILABLE'))).toBeUndefined();
    expect(interfaceProblem(dataInterface(3, 'RESERVED'))).toBe('RESERVED');
    expect(interfaceProblem(dataInterface(3, 'ASSIGNED'))).toBe('ASSIGNED');
    expect(interfaceProblem({ id: 1, type: 'MGMT', status: null })).toBe('Management interface');
    expect(interfaceProblem({ id: 2, type: 'SSH', status: null })).toBe('SSH interface');
  });

  it('takes ACTIVE networks of the four token network types', () => {
    const network = (overrides: Partial<Network>): Network => ({
      href: 'h',
      uuid: 'n',
      name: 'net',
      type: 'EVPLAN',
      scope: 'GLOBAL',
      state: 'ACTIVE',
      changeLog: {},
      notifications: [],
      ...overrides,
    });
    expect(networkProblem(network({}))).toBeUndefined();
    expect(networkProblem(network({ state: 'INACTIVE' }))).toBe('Network is INACTIVE');
    expect(networkProblem(network({ type: 'IPWAN' }))).toBe('IPWAN networks cannot take a token');
  });
});
