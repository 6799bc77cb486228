import type { ServiceTokenSearchRequest } from '@/api/types';
import { daysFromNow } from '@/lib/token-rules';
import { type InventoryFilters, uuidPattern } from '../inventory-search-params';

type Expression = NonNullable<ServiceTokenSearchRequest['filter']>;

export interface SearchPage {
  page: number;
  pageSize: number;
}

/** The first instant of a local calendar day, as the API's ISO-8601 UTC. */
export function startOfLocalDay(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00`).toISOString();
}

/** The last millisecond of a local calendar day: "created to 3 May" includes all of 3 May. */
export function endOfLocalDay(isoDate: string): string {
  return new Date(`${isoDate}T23:59:59.999`).toISOString();
}

/**
 * Translates the inventory's filters into the API's search grammar. Everything is filtered on the
 * server; nothing narrows a page on the client (docs/decisions/003-inventory-filters.md).
 * `now` is a parameter so that the same filters give the same request (and query key).
 */
export function toServiceTokenSearchRequest(
  filters: InventoryFilters,
  projectId: string,
  page: SearchPage = { page: 1, pageSize: 20 },
  now: Date = new Date(),
): ServiceTokenSearchRequest {
  const and: Expression[] = [
    { property: '/project/projectId', operator: '=', values: [projectId] },
  ];

  if (filters.state.length > 0) {
    and.push({ property: '/state', operator: 'IN', values: [...filters.state] });
  }

  const text = filters.q.trim();
  if (text) {
    const byName: Expression = { property: '/name', operator: 'ILIKE', values: [`%${text}%`] };
    and.push(
      uuidPattern.test(text)
        ? { or: [byName, { property: '/uuid', operator: '=', values: [text.toLowerCase()] }] }
        : byName,
    );
  }

  if (filters.expiringWithin !== undefined) {
    // "Expiring" means still redeemable and running out: INACTIVE tokens whose expiry is ahead.
    and.push({ property: '/state', operator: '=', values: ['INACTIVE'] });
    and.push({
      property: '/expirationDateTime',
      operator: 'BETWEEN',
      values: [now.toISOString(), daysFromNow(filters.expiringWithin, now).toISOString()],
    });
  }

  const { createdFrom, createdTo } = filters;
  if (createdFrom && createdTo) {
    and.push({
      property: '/changeLog/createdDateTime',
      operator: 'BETWEEN',
      values: [startOfLocalDay(createdFrom), endOfLocalDay(createdTo)],
    });
  } else if (createdFrom) {
    and.push({
      property: '/changeLog/createdDateTime',
      operator: '>=',
      values: [startOfLocalDay(createdFrom)],
    });
  } else if (createdTo) {
    and.push({
      property: '/changeLog/createdDateTime',
      operator: '<=',
      values: [endOfLocalDay(createdTo)],
    });
  }

  if (filters.port) {
    and.push({
      or: [
        {
          property: '/connection/aSide/accessPointSelectors/port/uuid',
          operator: '=',
          values: [filters.port],
        },
        {
          property: '/connection/zSide/accessPointSelectors/port/uuid',
          operator: '=',
          values: [filters.port],
        },
      ],
    });
  }

  return {
    filter: { and },
    pagination: { offset: (page.page - 1) * page.pageSize, limit: page.pageSize },
  };
}
