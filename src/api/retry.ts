import { isApiError } from './api-error';

export const maxQueryRetries = 2;

/**
 * A failure that took this long is not retried behind the user's back: a gateway that waited out
 * its timeout would make them wait as long again (three times 10 s before a word). They get the
 * error, with Retry, at once.
 */
export const slowFailureMs = 3_000;

/**
 * Queries retry only what may pass next time and failed fast: no answer, or a 5xx. Never a 4xx,
 * an unreadable answer, a timeout, or a slow failure.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxQueryRetries) return false;
  if (!isApiError(error) || !error.isTransient) return false;
  return (error.elapsedMs ?? 0) < slowFailureMs;
}

export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}
