import { isRecord } from '../rules/json';
import type { FieldValue } from './filter-engine';
import type { Scalar } from './operators';

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Reads a search property such as `/aSide/accessPoint/port/uuid` from an object. Arrays on the
 * way are searched element by element (`/physicalPorts/tether/crossConnectId`), as the API does.
 */
export function readPointer(root: unknown, pointer: string): FieldValue {
  const segments = pointer.split('/').slice(1);
  let current: unknown[] = [root];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const node of current) {
      const items = Array.isArray(node) ? node : [node];
      for (const item of items) {
        if (isRecord(item) && segment in item) next.push(item[segment]);
      }
    }
    current = next.flatMap((value) => (Array.isArray(value) ? value : [value]));
  }
  const scalars = current.filter(isScalar);
  return scalars.length <= 1 ? scalars[0] : scalars;
}
