import type { z } from '@/lib/zod';
import { ApiError, correlationHeader } from './api-error';

/** An operation, named as the contract's summary has it, and the shape of its answer. */
export interface Answer {
  operation: string;
  shape: z.ZodMiniType;
}

export const answer = (operation: string, shape: z.ZodMiniType): Answer => ({ operation, shape });

type Issue = z.core.$ZodIssue;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value;
}

const expectedText: Record<string, string> = { array: 'a list', object: 'an object' };

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = value;
  for (const part of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = Reflect.get(here, part);
  }
  return here;
}

/**
 * What was wrong, in words, without the answer's values: an answer may carry what the user typed
 * (a secret), and the screen is no place for it. Field names are shown; values are not.
 */
export function describeIssue(data: unknown, issue: Issue | undefined): string {
  if (!issue) return 'the answer was empty';
  const where = issue.path.length > 0 ? pathText(issue.path) : 'the answer';
  const found = valueAt(data, issue.path);
  if (found === undefined && issue.path.length > 0) {
    const parent = valueAt(data, issue.path.slice(0, -1));
    const fields =
      typeof parent === 'object' && parent !== null && !Array.isArray(parent)
        ? Object.keys(parent).slice(0, 8)
        : [];
    const had = fields.length > 0 ? `; it has ${fields.join(', ')}` : '';
    return `${where} is missing${had}`;
  }
  if (issue.code === 'invalid_type') {
    return `${where} is ${kindOf(found)}, not ${expectedText[issue.expected] ?? `a ${issue.expected}`}`;
  }
  return `${where} is not what the API documents`;
}

/** An answer the screens cannot use: a clear error naming the operation, never a blank page. */
export function unreadableAnswer(
  operation: string,
  data: unknown,
  error: z.core.$ZodError | undefined,
  response: Response,
): ApiError {
  const what = describeIssue(data, error?.issues[0]);
  return new ApiError(
    'unreadable',
    response.status,
    [],
    correlationHeader(response),
    `The portal could not read the answer to ${operation}: ${what}.`,
  );
}

export function notJson(operation: string): ApiError {
  return new ApiError(
    'unreadable',
    200,
    [],
    undefined,
    `The portal could not read the answer to ${operation}: it is not JSON.`,
  );
}
