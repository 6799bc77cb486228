import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import type { ServiceTokenSearchRequest } from '../types';
import { subscribeToProgress } from '../page-progress';
import { connectionQueries } from './connections';
import { deviceQueries } from './devices';
import { metroQueries } from './metros';
import { networkQueries } from './networks';
import { portQueries } from './ports';
import { serviceTokenQueries } from './service-tokens';

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, index) => key[index] === part);

describe('query factories', () => {
  it('build service token keys from generic to specific', () => {
    const search = serviceTokenQueries.search({ pagination: { offset: 0, limit: 20 } }).queryKey;
    const detail = serviceTokenQueries.detail('u-1').queryKey;
    expect(startsWith(serviceTokenQueries.lists(), serviceTokenQueries.all())).toBe(true);
    expect(startsWith(search, serviceTokenQueries.lists())).toBe(true);
    expect(startsWith(detail, serviceTokenQueries.details())).toBe(true);
    expect(startsWith(detail, serviceTokenQueries.lists())).toBe(false);
    expect(detail.at(-1)).toBe('u-1');
  });

  it('give different requests different keys and equal requests equal keys', () => {
    const a = serviceTokenQueries.search({ pagination: { offset: 0, limit: 20 } }).queryKey;
    const b = serviceTokenQueries.search({ pagination: { offset: 20, limit: 20 } }).queryKey;
    const c = serviceTokenQueries.search({ pagination: { offset: 0, limit: 20 } }).queryKey;
    expect(a).not.toEqual(b);
    expect(a).toEqual(c);
  });

  it('keep every resource under its own root', () => {
    const roots = [
      [portQueries.linkProtocols('p').queryKey, portQueries.all()],
      [metroQueries.list({ presence: 'MY_PORTS' }).queryKey, metroQueries.all()],
      [networkQueries.detail('n').queryKey, networkQueries.all()],
      [deviceQueries.detail('d').queryKey, deviceQueries.all()],
      [connectionQueries.byServiceToken('t', 'zSide').queryKey, connectionQueries.all()],
    ] as const;
    for (const [key, root] of roots) expect(startsWith(key, root)).toBe(true);
  });

  it('search connections by the token on the side it authorises', () => {
    const { queryKey } = connectionQueries.byServiceToken('t-9', 'aSide');
    expect(JSON.stringify(queryKey)).toContain('/aSide/serviceToken/uuid');
    expect(JSON.stringify(queryKey)).toContain('t-9');
  });

  it('always fetch the VLANs in use and a device interfaces fresh', () => {
    expect(portQueries.linkProtocols('p').staleTime).toBe(0);
    expect(deviceQueries.detail('d').staleTime).toBe(0);
  });
});

describe('query functions', () => {
  it('send a token search as the API body and return the page', async () => {
    let received: unknown;
    server.use(
      http.post('*/fabric/v4/serviceTokens/search', async ({ request }) => {
        received = await request.json();
        return HttpResponse.json({ data: [], pagination: { offset: 0, limit: 20, total: 0 } });
      }),
    );
    const request: ServiceTokenSearchRequest = {
      filter: { and: [{ property: '/state', operator: 'IN', values: ['INACTIVE'] }] },
      pagination: { offset: 0, limit: 20 },
    };
    const page = await new QueryClient().fetchQuery(serviceTokenQueries.search(request));
    expect(received).toEqual(request);
    expect(page.pagination?.total).toBe(0);
  });

  it('ask for the devices with the API status filter', async () => {
    let url = '';
    server.use(
      http.get('*/ne/v1/devices', ({ request }) => {
        url = request.url;
        return HttpResponse.json({ pagination: { offset: 0, limit: 100, total: 0 }, data: [] });
      }),
    );
    await new QueryClient().fetchQuery(deviceQueries.list({ status: 'PROVISIONED' }));
    expect(new URL(url).searchParams.get('status')).toBe('PROVISIONED');
    expect(new URL(url).searchParams.get('limit')).toBe('100');
  });

  it('read every page of a list the wizard picks from, reporting how far they got', async () => {
    const metros = Array.from({ length: 250 }, (_, index) => ({
      code: `M${index}`,
      name: `M ${index}`,
    }));
    const offsets: number[] = [];
    const seen: unknown[] = [];
    const { queryKey } = metroQueries.list({ presence: 'MY_PORTS' });
    const stop = subscribeToProgress(queryKey, (progress) => seen.push(progress));
    server.use(
      http.get('*/fabric/v4/metros', ({ request }) => {
        const query = new URL(request.url).searchParams;
        const offset = Number(query.get('offset'));
        const limit = Number(query.get('limit'));
        offsets.push(offset);
        expect(query.get('presence')).toBe('MY_PORTS');
        return HttpResponse.json({
          pagination: { offset, limit, total: metros.length },
          data: metros.slice(offset, offset + limit),
        });
      }),
    );
    const page = await new QueryClient().fetchQuery(metroQueries.list({ presence: 'MY_PORTS' }));
    stop();
    expect(offsets).toEqual([0, 100, 200]);
    expect(page.data).toHaveLength(250);
    expect(seen).toEqual([{ loaded: 100, total: 250 }, { loaded: 200, total: 250 }, undefined]);
  });
});
