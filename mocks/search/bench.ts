import { PORTS, PROJECT_MAIN } from '../seed/fixtures';
import { DemoStore } from '../store/demo-store';
import { parseSeedSize } from '../store/settings';
import { pageInfo, type PageRequest } from './pagination';
import { searchTokens } from './token-search';

/**
 * Token search latency over a scale seed, measured in Node for `npm run bench`: each sample is
 * one whole request minus HTTP (compile the filter, scan, materialise the page, serialise it).
 */
export interface SearchMeasurement {
  medianMs: number;
  p95Ms: number;
  /** Generating the seed (rows) at start-up. */
  seedMs: number;
  /** The very first search after start-up (cold). */
  firstMs: number;
}

const day = 86_400_000;

function queries(now: number): { filter?: unknown; page: PageRequest }[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  const leaf = (property: string, operator: string, values: string[]) => ({
    property,
    operator,
    values,
  });
  return [
    { page: { offset: 0, limit: 20 } },
    {
      filter: {
        and: [leaf('/state', '=', ['INACTIVE']), leaf('/project/projectId', '=', [PROJECT_MAIN])],
      },
      page: { offset: 0, limit: 20 },
    },
    { filter: { and: [leaf('/name', 'ILIKE', ['%globex%'])] }, page: { offset: 0, limit: 20 } },
    {
      filter: { and: [leaf('/uuid', '=', ['7e5d0c3a-91b2-4f6e-8d4c-000000000001'])] },
      page: { offset: 0, limit: 20 },
    },
    {
      filter: { and: [leaf('/expirationDateTime', 'BETWEEN', [iso(now), iso(now + 7 * day)])] },
      page: { offset: 0, limit: 50 },
    },
    {
      filter: { and: [leaf('/changeLog/createdDateTime', '>=', [iso(now - 30 * day)])] },
      page: { offset: 40, limit: 20 },
    },
    {
      filter: {
        and: [leaf('/connection/aSide/accessPointSelectors/port/uuid', '=', [PORTS.SV_PRI_01])],
      },
      page: { offset: 0, limit: 20 },
    },
    {
      filter: {
        or: [
          {
            and: [
              leaf('/state', 'IN', ['ACTIVE', 'EXPIRED']),
              leaf('/project/projectId', '!=', [PROJECT_MAIN]),
            ],
          },
          leaf('/name', 'LIKE', ['Hooli']),
        ],
      },
      page: { offset: 100, limit: 100 },
    },
  ];
}

function run(store: DemoStore, filter: unknown, page: PageRequest): number {
  const start = performance.now();
  const { rows, total } = searchTokens(store, filter, page);
  const body = JSON.stringify({
    data: rows.map((row) => store.token(row)),
    pagination: pageInfo(page, total, '/fabric/v4/serviceTokens/search'),
  });
  if (body.length === 0) throw new Error('empty answer');
  return performance.now() - start;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 100) / 100;

export function measureSearch(size: number, runs: number): SearchMeasurement {
  const seedSize = parseSeedSize(size);
  if (!seedSize) throw new Error(`no scale seed of ${size} tokens (use 1000, 10000 or 100000)`);
  const store = new DemoStore();
  const seedStart = performance.now();
  store.reset({ seedSize });
  const seedMs = performance.now() - seedStart;
  const list = queries(store.now());
  const firstMs = run(store, list[1]?.filter, { offset: 0, limit: 20 });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++)
    for (const { filter, page } of list) samples.push(run(store, filter, page));
  samples.sort((a, b) => a - b);
  return {
    medianMs: round(percentile(samples, 0.5)),
    p95Ms: round(percentile(samples, 0.95)),
    seedMs: round(seedMs),
    firstMs: round(firstMs),
  };
}
