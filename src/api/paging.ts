import { ApiError } from './api-error';

export interface PageProgress {
  loaded: number;
  total: number | undefined;
}

export interface Page {
  data?: unknown[];
  pagination?: { offset?: number; limit?: number; total?: number; next?: string };
}

/** Past this many requests a list is not paging to an end: the server is answering in circles. */
export const maxPages = 50;

/** The offset the API's `next` link asks for, when it names one. */
function offsetOfNext(next: string | undefined): number | undefined {
  if (!next) return undefined;
  const raw = new URL(next, 'http://next.invalid').searchParams.get('offset');
  const offset = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
}

function pagingError(operation: string, why: string): ApiError {
  return new ApiError(
    'unreadable',
    200,
    [],
    undefined,
    `The portal could not read the answer to ${operation}: ${why}.`,
  );
}

/**
 * Every item of a list the API answers in pages. The next page is the one `pagination.next`
 * names, else the one after the items read so far while `pagination.total` says there are more.
 * The loop ends on an empty page, at the total, or without a next page; an API that sends the
 * same page again or never ends is an error rather than a list silently cut short. The answer is
 * the first page's, holding every item.
 */
export async function readAllPages<Answer extends Page>(
  operation: string,
  fetchPage: (offset: number) => Promise<Answer>,
  onProgress?: (progress: PageProgress) => void,
): Promise<Answer> {
  const items: NonNullable<Answer['data']>[number][] = [];
  const asked = new Set<number>();
  let offset = 0;
  for (let pages = 1; ; pages += 1) {
    asked.add(offset);
    const page = await fetchPage(offset);
    const data = page.data ?? [];
    items.push(...data);
    const total = page.pagination?.total;
    const more = data.length > 0 && (total === undefined || items.length < total);
    const next = more
      ? (offsetOfNext(page.pagination?.next) ??
        (total !== undefined ? offset + data.length : undefined))
      : undefined;
    if (next === undefined) {
      if (pages === 1) return page;
      return {
        ...page,
        data: items,
        pagination: { offset: 0, limit: items.length, total: total ?? items.length },
      };
    }
    if (asked.has(next)) throw pagingError(operation, `its next page repeats offset ${next}`);
    if (pages >= maxPages) {
      throw pagingError(operation, `it had not ended after ${maxPages} pages`);
    }
    onProgress?.({ loaded: items.length, total });
    offset = next;
  }
}
