import { isApiError } from './api-error';

export const maxQueryRetries = 2;

/** Queries retry only what may pass next time: no answer, or a 5xx. Never a 4xx. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxQueryRetries) return false;
  return isApiError(error) && error.isTransient;
}

export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}
