import { isApiError } from '@/api/api-error';
import type { ServiceToken } from '@/api/types';

export interface PerTokenResult {
  token: ServiceToken;
  ok: boolean;
  message: string;
}

/** How a refusal reads in a per-token report: the API's message, with its code when it has one. */
export function describeFailure(error: unknown): string {
  if (isApiError(error)) return error.code ? `${error.message} (${error.code})` : error.message;
  return error instanceof Error ? error.message : 'Unexpected error';
}

/**
 * Runs one action per token, one at a time so the server sees the same order the user does and a
 * failure never hides another; every token gets its own outcome.
 */
export async function runPerToken(
  tokens: ServiceToken[],
  action: (uuid: string) => Promise<unknown>,
  successMessage: string,
  onProgress: (done: number) => void = () => {},
): Promise<PerTokenResult[]> {
  const results: PerTokenResult[] = [];
  for (const token of tokens) {
    try {
      if (!token.uuid) throw new Error('This token has no uuid');
      await action(token.uuid);
      results.push({ token, ok: true, message: successMessage });
    } catch (error) {
      results.push({ token, ok: false, message: describeFailure(error) });
    }
    onProgress(results.length);
  }
  return results;
}
