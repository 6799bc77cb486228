/** One shape for every failed request: an HTTP error with the API's ErrorList, or no answer at all. */
export interface ApiErrorEntry {
  errorCode: string;
  errorMessage: string;
  correlationId?: string;
  details?: string;
  help?: string;
  additionalInfo?: { property?: string; reason?: string }[];
}

export type ApiErrorKind = 'http' | 'network' | 'aborted';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly errors: ApiErrorEntry[],
    readonly correlationId: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Network failures and 5xx answers may succeed on a retry; a 4xx never will. */
  get isTransient(): boolean {
    return this.kind === 'network' || this.status >= 500;
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

function isErrorEntry(value: unknown): value is ApiErrorEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.errorCode === 'string' && typeof entry.errorMessage === 'string';
}

/** Reads the ErrorList of a failed response; tolerates a single Error object or a non-JSON body. */
export function parseErrorBody(body: unknown): ApiErrorEntry[] {
  if (Array.isArray(body)) return body.filter(isErrorEntry);
  if (isErrorEntry(body)) return [body];
  return [];
}

const statusText: Record<number, string> = {
  400: 'The request was rejected',
  401: 'Your session has expired',
  403: 'Your role does not allow this',
  404: 'Not found',
  409: 'The request conflicts with the current state',
  429: 'Too many requests',
};

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const errors = parseErrorBody(body);
  const correlationId =
    errors.find((entry) => entry.correlationId)?.correlationId ??
    response.headers.get('x-correlation-id') ??
    undefined;
  const message =
    errors[0]?.errorMessage ??
    statusText[response.status] ??
    (response.status >= 500
      ? 'The service failed to answer'
      : `Request failed (${response.status})`);
  return new ApiError('http', response.status, errors, correlationId, message);
}

export function networkError(cause: unknown): ApiError {
  if (cause instanceof DOMException && cause.name === 'AbortError') {
    return new ApiError('aborted', 0, [], undefined, 'The request was cancelled');
  }
  return new ApiError(
    'network',
    0,
    [],
    undefined,
    'The service could not be reached. Check your connection and try again.',
    { cause },
  );
}
