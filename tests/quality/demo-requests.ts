import { DEMO_BEARER } from '@mocks/seed/fixtures';
import type { ErrorList } from '@/api/types';

/**
 * Talks to the demo backend as a client of the API would: real requests through the MSW server
 * that vitest.setup.ts starts (mocks/node.ts), with the demo bearer.
 */
const origin = 'http://localhost';

async function call(method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { Authorization: `Bearer ${DEMO_BEARER}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${origin}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export async function getJson<T>(path: string): Promise<T> {
  const answer = await call('GET', path);
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
  return answer.body as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const answer = await call('POST', path, body);
  if (answer.status !== 200) throw new Error(`POST ${path} answered ${answer.status}`);
  return answer.body as T;
}

export type DryRunResult = { status: 200; body: unknown } | { status: number; errors: ErrorList };

/** `POST /fabric/v4/serviceTokens?dryRun=true`: validated like a create, nothing stored. */
export async function dryRunCreate(request: unknown): Promise<DryRunResult> {
  const answer = await call('POST', '/fabric/v4/serviceTokens?dryRun=true', request);
  if (answer.status === 200) return { status: 200, body: answer.body };
  return { status: answer.status, errors: Array.isArray(answer.body) ? answer.body : [] };
}

/** Every `additionalInfo[].property` of an ErrorList. */
export function namedProperties(errors: ErrorList): string[] {
  return errors.flatMap((entry) =>
    (entry.additionalInfo ?? []).flatMap((info) => info.property ?? []),
  );
}
