import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { immutableAssets } from './asset-caching';

const cacheControlFor = (method: string, url: string) => {
  const setHeader = vi.fn();
  const next = vi.fn();
  immutableAssets()(
    { method, url } as IncomingMessage,
    { setHeader } as unknown as ServerResponse,
    next,
  );
  expect(next).toHaveBeenCalledOnce();
  return (setHeader.mock.calls as [string, string][]).find(
    ([name]) => name === 'Cache-Control',
  )?.[1];
};

describe('immutableAssets', () => {
  it('lets browsers keep the fingerprinted build files', () => {
    expect(cacheControlFor('GET', '/assets/index-04zilzWj.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('HEAD', '/assets/inventory-D7Kb5bw3.js')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('leaves pages, the service worker and other files to be revalidated', () => {
    expect(cacheControlFor('GET', '/service-tokens')).toBeUndefined();
    expect(cacheControlFor('GET', '/mockServiceWorker.js')).toBeUndefined();
    expect(cacheControlFor('GET', '/favicon.svg')).toBeUndefined();
    expect(cacheControlFor('POST', '/assets/index-04zilzWj.js')).toBeUndefined();
  });
});
