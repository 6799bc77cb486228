import { invalid } from '../http/api-problem';
import { isRecord } from '../rules/json';
import { readPointer } from './json-pointer';

export interface SortCriterion<P extends string = string> {
  property: P;
  direction: 'ASC' | 'DESC';
}

/** Checks a search's `sort` list against the properties the API allows. */
export function parseSort<P extends string>(
  sort: unknown,
  allowed: readonly P[],
  fallback: SortCriterion<P>,
  at = '/sort',
): SortCriterion<P>[] {
  if (sort === undefined) return [fallback];
  if (!Array.isArray(sort)) throw invalid(at, 'sort must be a list of {property, direction}');
  return sort.map((entry, index): SortCriterion<P> => {
    if (!isRecord(entry))
      throw invalid(`${at}/${index}`, 'Each sort entry is {property, direction}');
    const requested = entry.property ?? fallback.property;
    const direction = entry.direction ?? 'DESC';
    const property = allowed.find((known) => known === requested);
    if (property === undefined) {
      throw invalid(
        `${at}/${index}/property`,
        `Cannot sort by ${JSON.stringify(requested)}; use one of ${allowed.join(', ')}`,
      );
    }
    if (direction !== 'ASC' && direction !== 'DESC') {
      throw invalid(`${at}/${index}/direction`, 'Only accept DESC and ASC for sorting direction.');
    }
    return { property, direction };
  });
}

const sortKey = (item: unknown, property: string): string | number => {
  const value = readPointer(item, property);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'number' ? first : String(first ?? '');
};

export function sortItems<T>(items: readonly T[], criteria: readonly SortCriterion[]): T[] {
  return [...items].sort((a, b) => {
    for (const { property, direction } of criteria) {
      const left = sortKey(a, property);
      const right = sortKey(b, property);
      if (left === right) continue;
      const order = left < right ? -1 : 1;
      return direction === 'ASC' ? order : -order;
    }
    return 0;
  });
}
