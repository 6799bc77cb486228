/** Narrowing helpers for request bodies, which arrive as `unknown` and are checked, not trusted. */
export type JsonObject = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isInteger = (value: unknown): value is number => Number.isInteger(value);

export const describe = (value: unknown): string =>
  value === undefined ? 'missing' : JSON.stringify(value);
