import { errorList, type ErrorEntry } from '../errors';

export type UpstreamResult =
  | { reached: true; response: Response; body: Buffer }
  | { reached: false; timedOut: boolean; reason: string };

/** Why a request got no answer, in words a person can act on. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (isTimeout(error)) return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string }) : {};
  if (cause?.code === 'ENOTFOUND') return 'the host name does not resolve (ENOTFOUND)';
  if (cause?.code === 'ECONNREFUSED') return 'the connection was refused (ECONNREFUSED)';
  if (cause?.code) return `${cause.message ?? 'the connection failed'} (${cause.code})`;
  return error instanceof Error ? (cause?.message ?? error.message) : String(error);
}

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/**
 * One call the server itself makes to the API (the token API, a hand-given token's check), with
 * the server's timeout; the whole answer is read before it returns. Page requests go through the
 * proxy (proxy.ts) instead.
 */
export async function callUpstream(
  timeoutMs: number,
  url: string,
  init: RequestInit,
): Promise<UpstreamResult> {
  try {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = Buffer.from(await response.arrayBuffer());
    return { reached: true, response, body };
  } catch (error) {
    return {
      reached: false,
      timedOut: isTimeout(error),
      reason: describeFailure(error, timeoutMs),
    };
  }
}

/** No answer: 504 when the API took too long, 502 when it could not be reached at all. */
export function unreachable(
  baseUrl: string,
  failure: { timedOut: boolean; reason: string },
): { status: 502 | 504; body: ErrorEntry[] } {
  return {
    status: failure.timedOut ? 504 : 502,
    body: errorList('BFF-UNREACHABLE', `Could not reach ${baseUrl}: ${failure.reason}`),
  };
}
