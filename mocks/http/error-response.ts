import { HttpResponse } from 'msw';
import type { ApiProblem, ProblemEntry } from './api-problem';
import { errorCodes } from './error-codes';

/** A fresh id per error, also sent as the x-correlation-id header. */
export function newCorrelationId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  return `demo-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

type Flavor = 'fabric' | 'metro' | 'ne';

/** Metros and Network Edge have error bodies of their own; everything else is an ErrorList. */
export function errorFlavor(pathname: string): Flavor {
  if (pathname.startsWith('/fabric/v4/metros')) return 'metro';
  if (pathname.startsWith('/ne/')) return 'ne';
  return 'fabric';
}

const metroCodes: Record<string, string> = {
  [errorCodes.metroUnauthorized]: 'Unauthorized',
  [errorCodes.metroInvalidParameter]: 'Invalid Query or Path Parameter',
  [errorCodes.metroInternalError]: 'Internal Server Error',
  [errorCodes.metroNotFound]: 'Metro Not Found',
};
const metroMessages = new Set([
  'Invalid Query Parameter',
  'Invalid Path Parameter',
  ...Object.values(metroCodes),
]);

function metroEntry(status: number, entry: ProblemEntry): ProblemEntry {
  if (entry.errorCode in metroCodes && metroMessages.has(entry.errorMessage)) return entry;
  const errorCode =
    status === 401 || status === 403
      ? errorCodes.metroUnauthorized
      : status >= 500
        ? errorCodes.metroInternalError
        : status === 404
          ? errorCodes.metroNotFound
          : errorCodes.metroInvalidParameter;
  return {
    ...entry,
    errorCode,
    errorMessage: metroCodes[errorCode] ?? 'Internal Server Error',
    details: entry.errorMessage,
  };
}

function render(
  flavor: Flavor,
  status: number,
  entries: readonly ProblemEntry[],
  correlationId: string,
) {
  return entries.map((raw) => {
    const entry = flavor === 'metro' ? metroEntry(status, raw) : raw;
    if (flavor === 'ne') {
      return {
        errorCode: entry.errorCode,
        errorMessage: entry.errorMessage,
        ...(entry.property !== undefined && { property: entry.property }),
        ...(entry.reason !== undefined && { moreInfo: entry.reason }),
        correlationId,
      };
    }
    return {
      errorCode: entry.errorCode,
      errorMessage: entry.errorMessage,
      correlationId,
      ...(entry.details !== undefined && { details: entry.details }),
      additionalInfo: [
        {
          ...(entry.property !== undefined && { property: entry.property }),
          reason: entry.reason ?? entry.details ?? entry.errorMessage,
        },
        ...(entry.alsoProperties ?? []).map((property) => ({
          property,
          reason: entry.reason ?? entry.errorMessage,
        })),
      ],
    };
  });
}

export function errorResponse(
  problem: ApiProblem,
  pathname: string,
  correlationId = newCorrelationId(),
) {
  return HttpResponse.json(
    render(errorFlavor(pathname), problem.status, problem.entries, correlationId),
    {
      status: problem.status,
      headers: { 'x-correlation-id': correlationId },
    },
  );
}
