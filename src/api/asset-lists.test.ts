import { focusManager, QueryObserver } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { invalidateTokenWorld } from './mutations/service-tokens';
import { portQueries } from './queries/ports';
import { createQueryClient } from './query-client';

function countPortReads() {
  const reads = { count: 0 };
  server.use(
    http.get('*/fabric/v4/ports', () => {
      reads.count += 1;
      return HttpResponse.json({
        pagination: { offset: 0, limit: 1, total: 1 },
        data: [{ uuid: 'p-1', project: { projectId: 'pr-1' } }],
      });
    }),
  );
  return reads;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('asset lists', () => {
  afterEach(() => {
    vi.useRealTimers();
    focusManager.setFocused(undefined);
  });

  it('are read once per visit, however long the visit and however often the page regains focus', async () => {
    const reads = countPortReads();
    vi.useFakeTimers({ toFake: ['Date'] });
    const client = createQueryClient();
    await client.fetchQuery(portQueries.list());
    // Ten minutes of going back and forth between the steps: every picker mounts anew.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    const picker = new QueryObserver(client, portQueries.list());
    const unsubscribe = picker.subscribe(() => {});
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await settle();
    unsubscribe();
    expect(reads.count).toBe(1);
  });

  it('are only marked stale by a token write, not read again behind the user', async () => {
    const reads = countPortReads();
    const client = createQueryClient();
    // The project switcher keeps the port list in use on every page.
    const switcher = new QueryObserver(client, portQueries.list());
    const unsubscribe = switcher.subscribe(() => {});
    await vi.waitFor(() => expect(switcher.getCurrentResult().isSuccess).toBe(true));
    await invalidateTokenWorld(client);
    await settle();
    expect(reads.count).toBe(1);
    expect(switcher.getCurrentResult().isStale).toBe(true);
    unsubscribe();
  });
});
