import { errorCodes } from './error-codes';

/**
 * One error entry before it is rendered. `property` names the field: a JSON Pointer into the
 * request body (`/connection/aSide/accessPointSelectors/0/linkProtocol/vlanTag`), the bare name
 * of a path or query parameter (`tokenUuid`, `limit`), or '' for the body as a whole.
 */
export interface ProblemEntry {
  errorCode: string;
  errorMessage: string;
  property?: string;
  /** More fields the same error is about (e.g. both tags of a QinQ pair). */
  alsoProperties?: string[];
  reason?: string;
  details?: string;
}

/** Thrown anywhere inside a handler; the one wrapper turns it into the API's error body. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly entries: readonly ProblemEntry[],
  ) {
    super(entries[0]?.errorMessage ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
  }
}

export function problem(
  status: number,
  errorCode: string,
  errorMessage: string,
  property?: string,
  reason?: string,
): ApiProblem {
  return new ApiProblem(status, [
    { errorCode, errorMessage, property, reason: reason ?? errorMessage },
  ]);
}

/** A 400 "invalid input" about one field. */
export function invalid(
  property: string,
  message: string,
  errorCode: string = errorCodes.invalidInput,
) {
  return problem(400, errorCode, message, property);
}

/** Collects every problem of a request so the form can show them all at once. */
export class Problems {
  private readonly entries: ProblemEntry[] = [];

  add(property: string, message: string, errorCode: string = errorCodes.invalidInput): void {
    this.entries.push({ errorCode, errorMessage: message, property, reason: message });
  }

  /** Runs a check that may throw an ApiProblem, keeping its entries instead. */
  collect(check: () => void): void {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      this.entries.push(...error.entries);
    }
  }

  get count(): number {
    return this.entries.length;
  }

  throwIfAny(): void {
    if (this.entries.length > 0) throw new ApiProblem(400, this.entries);
  }
}
