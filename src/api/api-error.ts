import { z } from '@/lib/zod';
import type { ErrorList } from './types';

/** One entry of the API's ErrorList, as the contract defines it. */
export type ApiErrorEntry = ErrorList[number];

/**
 * `timeout`: no answer within the client's wait (see client.ts). `unreadable`: an answer whose
 * shape is not the one the screens rely on (see answer-shapes.ts).
 */
export type ApiErrorKind = 'http' | 'network' | 'aborted' | 'timeout' | 'unreadable';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly errors: ApiErrorEntry[],
    readonly correlationId: string | undefined,
    message: string,
    options?: { cause?: unknown; elapsedMs?: number },
  ) {
    super(message, options);
    this.elapsedMs = options?.elapsedMs;
  }

  /** How long the request took to fail, when the client timed it. */
  readonly elapsedMs: number | undefined;

  /** Network failures and 5xx answers may succeed on a retry; a 4xx never will. */
  get isTransient(): boolean {
    return this.kind === 'network' || this.status >= 500;
  }

  /** Whether asking again may help: what is transient, a wait that ran out, an unreadable answer. */
  get worthRetrying(): boolean {
    return this.isTransient || this.kind === 'timeout' || this.kind === 'unreadable';
  }

  get code(): string | undefined {
    return this.errors[0]?.errorCode;
  }

  /** Errors that name a request property, keyed by that property (as the API spells it). */
  fieldErrors(): Map<string, string> {
    const byField = new Map<string, string>();
    for (const entry of this.errors) {
      for (const info of entry.additionalInfo ?? []) {
        if (info.property && !byField.has(info.property)) {
          byField.set(info.property, info.reason ?? entry.errorMessage);
        }
      }
    }
    return byField;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// An entry needs its code and message; an optional part that is malformed is dropped, not the
// entry (its message is still worth showing).
const optionalText = z.catch(z.optional(z.string()), undefined);
const errorEntrySchema = z.object({
  errorCode: z.string(),
  errorMessage: z.string(),
  correlationId: optionalText,
  details: optionalText,
  help: optionalText,
  additionalInfo: z.catch(
    z.optional(z.array(z.object({ property: optionalText, reason: optionalText }))),
    undefined,
  ),
}) satisfies z.ZodMiniType<ApiErrorEntry>;

/** Reads the ErrorList of a failed response; tolerates a single Error object or a non-JSON body. */
export function parseErrorBody(body: unknown): ApiErrorEntry[] {
  const entries: unknown[] = Array.isArray(body) ? body : [body];
  return entries.flatMap((entry) => errorEntrySchema.safeParse(entry).data ?? []);
}

const statusText: Record<number, string> = {
  400: 'The request was rejected',
  401: 'Your session has expired',
  403: 'Your role does not allow this',
  404: 'Not found',
  409: 'The request conflicts with the current state',
  429: 'Too many requests',
};

/** The gateway's id for the exchange, under the names APIs commonly give it. */
export function correlationHeader(response: Response): string | undefined {
  const { headers } = response;
  return headers.get('x-correlation-id') ?? headers.get('x-request-id') ?? undefined;
}

/**
 * A failed answer. An ErrorList's own message is shown; any other body (HTML from a gateway, the
 * token API's own fields, an echo of the request) is never put on screen: the message then says
 * only what the status means.
 */
export async function apiErrorFromResponse(
  response: Response,
  elapsedMs?: number,
): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const errors = parseErrorBody(body);
  const correlationId =
    errors.find((entry) => entry.correlationId)?.correlationId ?? correlationHeader(response);
  const message =
    errors[0]?.errorMessage ??
    statusText[response.status] ??
    (response.status >= 500
      ? 'The service failed to answer'
      : `Request failed (${response.status})`);
  return new ApiError('http', response.status, errors, correlationId, message, { elapsedMs });
}

export function networkError(cause: unknown, elapsedMs?: number): ApiError {
  if (cause instanceof DOMException && cause.name === 'TimeoutError') {
    const seconds = Math.round((elapsedMs ?? 0) / 1000);
    return new ApiError(
      'timeout',
      0,
      [],
      undefined,
      `The service did not answer within ${seconds} s. It may still complete the request.`,
      { cause, elapsedMs },
    );
  }
  if (cause instanceof DOMException && cause.name === 'AbortError') {
    return new ApiError('aborted', 0, [], undefined, 'The request was cancelled');
  }
  return new ApiError(
    'network',
    0,
    [],
    undefined,
    'The service could not be reached. Check your connection and try again.',
    { cause, elapsedMs },
  );
}
