/** A field's value as filters compare it, and how its text values are read. */
export type Scalar = string | number | boolean;
export type FieldKind = 'string' | 'date' | 'number' | 'boolean';

/** SQL LIKE: `%` is any run, `_` one character; without `%` the value matches anywhere. */
export function likePattern(value: string, ignoreCase: boolean): RegExp {
  const escape = (text: string) =>
    text
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/%/g, '.*')
      .replace(/_/g, '.');
  // Leading and trailing % become an unanchored end: /globex/ rather than /^.*globex.*$/, which
  // backtracks on every row of a 100,000-token scan.
  const core = escape(value.replace(/^%+/, '').replace(/%+$/, ''));
  const anchored = value.includes('%');
  const start = anchored && !value.startsWith('%') ? '^' : '';
  const end = anchored && !value.endsWith('%') ? '$' : '';
  return new RegExp(`${start}${core}${end}`, ignoreCase ? 'is' : 's');
}

/** A predicate on one scalar for the positive form of an operator. */
export function scalarTest(
  operator: string,
  kind: FieldKind,
  values: Scalar[],
): (value: Scalar) => boolean {
  const [first, second] = values;
  switch (operator) {
    case '=':
    case 'IN': {
      if (values.length === 1) return (value) => value === first;
      const set = new Set(values);
      return (value) => set.has(value);
    }
    case '<':
      return (value) => first !== undefined && value < first;
    case '>':
      return (value) => first !== undefined && value > first;
    case '<=':
      return (value) => first !== undefined && value <= first;
    case '>=':
      return (value) => first !== undefined && value >= first;
    case 'BETWEEN':
      return (value) =>
        first !== undefined && second !== undefined && value >= first && value <= second;
    case 'LIKE':
    case 'ILIKE':
    case 'ILKE': {
      const patterns = values.map((value) => likePattern(String(value), operator !== 'LIKE'));
      const [only] = patterns;
      if (only && patterns.length === 1) return (value) => only.test(String(value));
      return (value) => patterns.some((pattern) => pattern.test(String(value)));
    }
    default:
      throw new Error(`operator ${operator} has no test (${kind})`);
  }
}
