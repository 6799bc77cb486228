import type { BffConfig } from './bff-config';
import { errorList, type ErrorEntry } from './http';

export type UpstreamResult =
  { reached: true; response: Response; body: Buffer } | { reached: false; reason: string };

/** Why a request got no answer, in words a person can act on. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string }) : {};
  if (cause?.code === 'ENOTFOUND') return 'the host name does not resolve (ENOTFOUND)';
  if (cause?.code === 'ECONNREFUSED') return 'the connection was refused (ECONNREFUSED)';
  if (cause?.code) return `${cause.message ?? 'the connection failed'} (${cause.code})`;
  return error instanceof Error ? (cause?.message ?? error.message) : String(error);
}

/** One call to the API with the BFF's timeout; the whole answer is read before it returns. */
export async function callUpstream(
  config: BffConfig,
  url: string,
  init: RequestInit,
): Promise<UpstreamResult> {
  try {
    const response = await config.fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(config.upstreamTimeoutMs),
    });
    const body = Buffer.from(await response.arrayBuffer());
    return { reached: true, response, body };
  } catch (error) {
    return { reached: false, reason: describeFailure(error, config.upstreamTimeoutMs) };
  }
}

export function unreachable(baseUrl: string, reason: string): ErrorEntry[] {
  return errorList('BFF-UNREACHABLE', `Could not reach ${baseUrl}: ${reason}`);
}
