import { expect } from 'vitest';
import { validateResponse } from '../../tests/contract/contract-schema';
import { loadReferenceSpec } from '../../tests/quality/reference-spec';
import { DEMO_BEARER } from '../seed/fixtures';

/**
 * Sends a real request through MSW (the lead's vitest.setup starts mocks/node's server) and
 * checks every API response against our contract, and every Fabric v4 response against the
 * published spec when ../shared/reference is present, before the test sees it.
 */
export const origin = 'http://localhost';
const reference = loadReferenceSpec();

export interface ApiResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (e.g. malformed JSON). */
  rawBody?: string;
  /** null: no Authorization header. */
  bearer?: string | null;
  contentType?: string;
}

// Tests read bodies loosely; the contract validation above is what checks their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export async function api<T = Loose>(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResult<T>> {
  const headers = new Headers();
  const bearer = options.bearer === undefined ? DEMO_BEARER : options.bearer;
  if (bearer !== null) headers.set('Authorization', `Bearer ${bearer}`);
  const payload =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers.set('Content-Type', options.contentType ?? 'application/json');
  const response = await fetch(`${origin}${path}`, { method, headers, body: payload });
  const text = await response.text();
  const body: T = text ? JSON.parse(text) : undefined;
  const check = validateResponse(method, path, response.status, body);
  expect(check.errors, `${method} ${path} ${response.status} breaks the contract`).toEqual([]);
  if (path.startsWith('/fabric/v4/') && !('skipped' in reference)) {
    const published = reference.validateResponse(method, path, response.status, body);
    expect(published.errors, `${method} ${path} ${response.status} breaks the spec`).toEqual([]);
  }
  return { status: response.status, body, headers: response.headers };
}

export async function control<T = Loose>(path: string, body?: unknown): Promise<ApiResult<T>> {
  const read = body === undefined && (path === 'state' || path === 'projects');
  const response = await fetch(`${origin}/__demo/${path}`, {
    method: read ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(read ? {} : { body: JSON.stringify(body ?? {}) }),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

export interface ErrorEntry {
  errorCode: string;
  errorMessage: string;
  correlationId?: string;
  additionalInfo?: { property?: string; reason?: string }[];
}

/** The error codes of an ErrorList. */
export const codes = (body: ErrorEntry[]) => body.map((entry) => entry.errorCode);

/** Every property named by an ErrorList. */
export const properties = (body: ErrorEntry[]) =>
  body.flatMap((entry) => (entry.additionalInfo ?? []).map((info) => info.property));

/** Expects a 400 naming `property` with `code` (default invalid input). */
export function expectRejected(result: ApiResult<Loose>, property: string, code = 'EQ-3142501') {
  const entries: ErrorEntry[] = result.body;
  expect(result.status, JSON.stringify(entries)).toBe(400);
  expect(properties(entries.filter((entry) => entry.errorCode === code))).toContain(property);
}
