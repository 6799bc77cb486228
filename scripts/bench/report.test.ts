import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the bench, without type declarations
import { figure, markSkipped } from './report.mjs';

describe('bench figures', () => {
  it('counts a figure that could not be measured as missed', () => {
    expect(figure('inventory 100,000: first rows', Number.NaN, 'ms', { atMost: 500 }).status).toBe(
      'MISSED',
    );
    expect(figure('inventory 100,000: first rows', 420, 'ms', { atMost: 500 }).status).toBe('met');
  });

  it('reads the sections --only left out as skipped, and keeps the rest', () => {
    const rows = [
      figure('first-load JS, wizard (gzip)', 190, 'kB', { atMost: 200 }),
      figure('Lighthouse desktop performance, wizard', Number.NaN, '', { atLeast: 100 }),
      figure('wizard basic → details (median)', 120, 'ms', { atMost: 100, below: true }),
    ];
    const wanted = (section: string) => section === 'wizard';
    expect(markSkipped(rows, wanted).map((row: { status: string }) => row.status)).toEqual([
      'skipped',
      'skipped',
      'MISSED',
    ]);
  });
});
