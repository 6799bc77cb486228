import { answers } from '@/api/answers';
import { api, unwrap } from '@/api/client';
import type { ServiceToken, ServiceTokenSearchRequest } from '@/api/types';

export const exportPageSize = 100;

export interface ExportProgress {
  fetched: number;
  total: number;
}

/**
 * Every token matching a search, page by page (the API's largest page is 100). The total is
 * re-read from each answer, so a token created or deleted meanwhile cannot leave the loop short or
 * running forever; tokens are keyed by uuid so a page shift cannot duplicate one.
 */
export async function fetchAllTokens(
  request: ServiceTokenSearchRequest,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<ServiceToken[]> {
  const byUuid = new Map<string, ServiceToken>();
  let offset = 0;
  let total = Infinity;
  while (offset < total) {
    const page = await unwrap(
      api.POST('/fabric/v4/serviceTokens/search', {
        body: { ...request, pagination: { offset, limit: exportPageSize } },
        signal,
      }),
      answers.searchServiceTokens,
    );
    const data = page.data ?? [];
    total = page.pagination?.total ?? data.length;
    data.forEach((token, index) => byUuid.set(token.uuid ?? `${offset + index}`, token));
    onProgress({ fetched: byUuid.size, total });
    if (data.length === 0) break;
    offset += data.length;
  }
  return [...byUuid.values()];
}
