import type { components } from '@/api/schema.gen';
import { invalid } from '../http/api-problem';
import { isRecord } from '../rules/json';

type Pagination = components['schemas']['Pagination'];

export interface PageRequest {
  offset: number;
  limit: number;
}

export const defaultPage: PageRequest = { offset: 0, limit: 20 };

function checkOffset(value: number, property: string): number {
  if (!Number.isInteger(value) || value < 0)
    throw invalid(property, 'offset must be a whole number of 0 or more');
  return value;
}

function checkLimit(value: number, property: string, max = 100): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw invalid(property, `limit must be a whole number between 1 and ${max}`);
  }
  return value;
}

const queryNumber = (query: URLSearchParams, name: string) => {
  const raw = query.get(name);
  if (raw === null) return undefined;
  return raw.trim() === '' ? Number.NaN : Number(raw);
};

/** `offset` and `limit` from the query string (named as the parameters in errors). */
export function pageFromQuery(
  url: URL,
  defaults: PageRequest = defaultPage,
  maxLimit = 100,
): PageRequest {
  const offset = queryNumber(url.searchParams, 'offset');
  const limit = queryNumber(url.searchParams, 'limit');
  return {
    offset: offset === undefined ? defaults.offset : checkOffset(offset, 'offset'),
    limit: limit === undefined ? defaults.limit : checkLimit(limit, 'limit', maxLimit),
  };
}

/** A search's page: the body's `pagination` wins over the query string. */
export function pageFromSearch(url: URL, pagination: unknown, at = '/pagination'): PageRequest {
  const fromQuery = pageFromQuery(url);
  if (pagination === undefined) return fromQuery;
  if (!isRecord(pagination))
    throw invalid(at, 'pagination must be an object with offset and limit');
  const { offset, limit } = pagination;
  const number = (value: unknown, property: string) => {
    if (typeof value !== 'number')
      throw invalid(property, `${property.split('/').pop()} must be a number`);
    return value;
  };
  return {
    offset:
      offset === undefined
        ? fromQuery.offset
        : checkOffset(number(offset, `${at}/offset`), `${at}/offset`),
    limit:
      limit === undefined
        ? fromQuery.limit
        : checkLimit(number(limit, `${at}/limit`), `${at}/limit`),
  };
}

/** The response's pagination block with relative next/previous links. */
export function pageInfo(page: PageRequest, total: number, path: string): Pagination {
  const link = (offset: number) => `${path}?offset=${offset}&limit=${page.limit}`;
  return {
    offset: page.offset,
    limit: page.limit,
    total,
    ...(page.offset + page.limit < total && { next: link(page.offset + page.limit) }),
    ...(page.offset > 0 && { previous: link(Math.max(0, page.offset - page.limit)) }),
  };
}

export function slicePage<T>(items: readonly T[], page: PageRequest): T[] {
  return items.slice(page.offset, page.offset + page.limit);
}
