import type { DemoLatency, DemoRole, DemoSeedSize } from '@/lib/demo-api';

export function seedSizeLabel(size: DemoSeedSize): string {
  return size === 'standard' ? 'Standard' : `${size.toLocaleString('en-US')} tokens`;
}

export const latencies: { value: DemoLatency; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'realistic', label: 'Realistic (100 to 400 ms)' },
  { value: 'slow', label: 'Slow (3 s)' },
];

/** Share of API requests that answer 500, as the backend takes it (0 to 1). */
export const failureRates: { value: number; label: string }[] = [
  { value: 0, label: 'None' },
  { value: 0.1, label: '10% of requests' },
  { value: 0.25, label: '25% of requests' },
  { value: 0.5, label: '50% of requests' },
  { value: 1, label: 'Every request' },
];

export const roles: { value: DemoRole; label: string }[] = [
  { value: 'FABRIC_MANAGER', label: 'Fabric Manager' },
  { value: 'READ_ONLY', label: 'Read-only' },
];
