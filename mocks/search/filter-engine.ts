import { invalid } from '../http/api-problem';
import { isRecord } from '../rules/json';
import { scalarTest, type FieldKind, type Scalar } from './operators';

/**
 * The API's filter grammar, once for every search: nested `and` / `or` groups and leaves of
 * `property`, `operator`, `values`. A filter is checked and compiled into a predicate once per
 * request; a malformed one is a 400 naming the offending part (`/filter/and/1/operator`).
 */
export type FieldValue = Scalar | null | undefined | readonly (Scalar | null | undefined)[];

export interface Field<T> {
  kind: FieldKind;
  read(item: T): FieldValue;
}

export interface FilterGrammar<T> {
  fields: Readonly<Record<string, Field<T>>>;
  operators: readonly string[];
}

export type Predicate<T> = (item: T) => boolean;

const always = () => true;
const isList = (value: FieldValue): value is readonly (Scalar | null | undefined)[] =>
  Array.isArray(value);

const negated: Record<string, string> = {
  '!=': '=',
  'NOT IN': 'IN',
  'NOT LIKE': 'LIKE',
  'NOT ILIKE': 'ILIKE',
  'NOT BETWEEN': 'BETWEEN',
  'IS NOT NULL': 'IS NULL',
};

function valueCount(operator: string): [number, number] {
  if (operator === 'IS NULL' || operator === 'IS NOT NULL') return [0, Infinity];
  if (['<', '>', '<=', '>='].includes(operator)) return [1, 1];
  if (operator.endsWith('BETWEEN')) return [2, 2];
  return [1, Infinity];
}

function parseValue(kind: FieldKind, raw: string, at: string): Scalar {
  if (kind === 'date') {
    const ms = Date.parse(raw);
    if (Number.isNaN(ms))
      throw invalid(at, `'${raw}' is not a date-time (use ISO 8601, e.g. 2025-01-31T00:00:00Z)`);
    return ms;
  }
  if (kind === 'number') {
    const number = Number(raw);
    if (raw.trim() === '' || Number.isNaN(number)) throw invalid(at, `'${raw}' is not a number`);
    return number;
  }
  if (kind === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw invalid(at, `'${raw}' is not true or false`);
    return raw === 'true';
  }
  return raw;
}

const comparable = (kind: FieldKind, value: Scalar | null | undefined): Scalar | undefined => {
  if (value === null || value === undefined) return undefined;
  if (kind === 'date' && typeof value === 'string') return Date.parse(value);
  return value;
};

function compileLeaf<T>(
  node: Record<string, unknown>,
  grammar: FilterGrammar<T>,
  at: string,
): Predicate<T> {
  const { property, operator, values } = node;
  if (typeof property !== 'string' || !(property in grammar.fields)) {
    const known = Object.keys(grammar.fields).join(', ');
    throw invalid(
      `${at}/property`,
      `Unknown search property ${JSON.stringify(property)}; use one of ${known}`,
    );
  }
  const field = grammar.fields[property];
  if (!field) throw invalid(`${at}/property`, `Unknown search property ${property}`);
  if (typeof operator !== 'string' || !grammar.operators.includes(operator)) {
    throw invalid(
      `${at}/operator`,
      `Unknown operator ${JSON.stringify(operator)}; use one of ${grammar.operators.join(', ')}`,
    );
  }
  const list = values ?? [];
  if (!Array.isArray(list) || list.some((value) => typeof value !== 'string')) {
    throw invalid(`${at}/values`, 'values must be a list of strings');
  }
  const [min, max] = valueCount(operator);
  if (list.length < min || list.length > max) {
    const expected = min === max ? `exactly ${min}` : `at least ${min}`;
    throw invalid(`${at}/values`, `${operator} takes ${expected} value${min === 1 ? '' : 's'}`);
  }
  const positive = negated[operator] ?? operator;
  const isNegated = positive !== operator;
  const { kind } = field;
  if (positive === 'IS NULL') {
    const isNull = (item: T) => {
      const value = field.read(item);
      return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    };
    return isNegated ? (item) => !isNull(item) : isNull;
  }
  const parsed = list.map((value: string, index) =>
    parseValue(kind, value, `${at}/values/${index}`),
  );
  const test = scalarTest(positive, kind, parsed);
  const one = (value: Scalar | null | undefined) => {
    const scalar = comparable(kind, value);
    return scalar !== undefined && test(scalar);
  };
  // The common case first: a plain value that needs no conversion (token rows hold dates as ms).
  const matches = (item: T) => {
    const value = field.read(item);
    if (typeof value === 'number' || (typeof value === 'string' && kind !== 'date'))
      return test(value);
    if (isList(value)) return value.some(one);
    return one(value);
  };
  return isNegated ? (item) => !matches(item) : matches;
}

/** Checks and compiles a filter expression; no filter matches everything. */
export function compileFilter<T>(
  expression: unknown,
  grammar: FilterGrammar<T>,
  at = '/filter',
): Predicate<T> {
  if (expression === undefined || expression === null) return always;
  if (!isRecord(expression))
    throw invalid(at, 'A filter must be an object with and, or, or property/operator/values');
  const keys = Object.keys(expression);
  const unknown = keys.find(
    (key) => !['and', 'or', 'property', 'operator', 'values'].includes(key),
  );
  if (unknown) throw invalid(`${at}/${unknown}`, `Unknown filter field ${unknown}`);
  const groups = keys.filter((key) => key === 'and' || key === 'or');
  const isLeaf = keys.some((key) => key === 'property' || key === 'operator' || key === 'values');
  if (groups.length > 1 || (groups.length === 1 && isLeaf)) {
    throw invalid(at, 'Use either and, or, or property/operator/values in one filter expression');
  }
  const group = groups[0];
  if (group === 'and' || group === 'or') {
    const members = expression[group];
    if (!Array.isArray(members))
      throw invalid(`${at}/${group}`, `${group} must be a list of expressions`);
    const compiled = members.map((member, index) =>
      compileFilter(member, grammar, `${at}/${group}/${index}`),
    );
    const [only] = compiled;
    if (!only) return always;
    if (compiled.length === 1) return only;
    // Plain loops: this runs once per row, 100,000 times per search on a scale seed.
    if (group === 'and') {
      return (item) => {
        for (const predicate of compiled) if (!predicate(item)) return false;
        return true;
      };
    }
    return (item) => {
      for (const predicate of compiled) if (predicate(item)) return true;
      return false;
    };
  }
  if (!isLeaf) return always;
  return compileLeaf(expression, grammar, at);
}
