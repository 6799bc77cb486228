import { describe, expect, it } from 'vitest';
import { isApiError } from './api-error';
import { maxPages, readAllPages, type PageProgress } from './paging';

const items = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: from + index }));

/** A server holding `total` items, answering `limit` at a time. */
function server(total: number, limit: number, options: { next?: boolean } = {}) {
  const asked: number[] = [];
  const fetchPage = (offset: number) => {
    asked.push(offset);
    const data = items(offset, Math.max(0, Math.min(limit, total - offset)));
    const more = offset + data.length < total;
    return Promise.resolve({
      pagination: {
        offset,
        limit,
        total,
        ...(options.next && more ? { next: `/x?offset=${offset + limit}&limit=${limit}` } : {}),
      },
      data,
    });
  };
  return { asked, fetchPage };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to fail');
}

describe('readAllPages', () => {
  it('asks once when the first page holds everything', async () => {
    const { asked, fetchPage } = server(3, 100);
    const answer = await readAllPages('List things', fetchPage);
    expect(asked).toEqual([0]);
    expect(answer.data).toHaveLength(3);
  });

  it('reads every page while the total says there is more, and reports progress', async () => {
    const { asked, fetchPage } = server(450, 200);
    const progress: PageProgress[] = [];
    const answer = await readAllPages('List things', fetchPage, (step) => progress.push(step));
    expect(asked).toEqual([0, 200, 400]);
    expect(answer.data?.map((item) => item.id)).toEqual(items(0, 450).map((item) => item.id));
    expect(answer.pagination).toMatchObject({ offset: 0, total: 450 });
    expect(progress).toEqual([
      { loaded: 200, total: 450 },
      { loaded: 400, total: 450 },
    ]);
  });

  it('follows the offset the next link names', async () => {
    // A server answering fewer items than its own page size: `next` says where to go on.
    let calls = 0;
    const asked: number[] = [];
    const answer = await readAllPages('List things', (offset) => {
      asked.push(offset);
      calls += 1;
      return Promise.resolve({
        pagination: {
          offset,
          limit: 10,
          total: 13,
          ...(calls === 1 ? { next: '?offset=10' } : {}),
        },
        data: items(offset, calls === 1 ? 8 : 5),
      });
    });
    expect(asked).toEqual([0, 10]);
    expect(answer.data).toHaveLength(13);
  });

  it('stops at an empty page even when the total promised more', async () => {
    const { asked, fetchPage } = server(5, 5);
    const answer = await readAllPages('List things', (offset) =>
      fetchPage(offset).then((page) => ({ ...page, pagination: { ...page.pagination, total: 9 } })),
    );
    expect(asked).toEqual([0, 5]);
    expect(answer.data).toHaveLength(5);
  });

  it('refuses a next link that goes back to a page already read', async () => {
    const error = await failure(
      readAllPages('List things', (offset) =>
        Promise.resolve({
          pagination: { offset, limit: 2, total: 10, next: '/x?offset=0&limit=2' },
          data: items(offset, 2),
        }),
      ),
    );
    expect(isApiError(error) && error.kind).toBe('unreadable');
    expect((error as Error).message).toBe(
      'The portal could not read the answer to List things: its next page repeats offset 0.',
    );
  });

  it(`gives up after ${maxPages} pages of a list that never ends`, async () => {
    let requests = 0;
    const error = await failure(
      readAllPages('List things', (offset) => {
        requests += 1;
        return Promise.resolve({
          pagination: { offset, limit: 1, total: 1e9 },
          data: items(offset, 1),
        });
      }),
    );
    expect(requests).toBe(maxPages);
    expect((error as Error).message).toContain(`had not ended after ${maxPages} pages`);
  });
});
