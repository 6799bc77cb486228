// Lighthouse 12 (desktop and mobile presets) against the served build, in the system Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

const categories = ['performance', 'accessibility', 'best-practices'];

/** The first few offending elements or items of an audit, in a line each. */
function findings(lhr, ids) {
  const describe = (item) => {
    const what =
      item.node?.selector ??
      item.node?.snippet ??
      item.url ??
      item.issueType ??
      item.source?.url ??
      JSON.stringify(item).slice(0, 160);
    // Main-thread audits carry milliseconds per script; say them.
    return typeof item.total === 'number' ? `${what} ${Math.round(item.total)} ms` : what;
  };
  return Object.fromEntries(
    ids.map((id) => {
      const audit = lhr.audits[id];
      const items = audit?.details?.items ?? [];
      const lines = items
        .slice(0, 6)
        .flatMap((item) => [
          describe(item),
          ...(item.subItems?.items ?? []).slice(0, 3).map((sub) => `  ${describe(sub)}`),
        ]);
      const value = audit?.displayValue ? `${audit.displayValue}: ` : '';
      return [id, `${value}${lines.join(' | ')}`];
    }),
  );
}

function summarise(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = (id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    fcpMs: Math.round(audit('first-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    // What cost points, so a missed budget says where to look.
    notPerfect: Object.fromEntries(categories.map((id) => [id, failing(id)])),
    findings: findings(lhr, [
      ...categories.filter((id) => id !== 'performance').flatMap(failing),
      'layout-shifts',
      'bootup-time',
    ]),
    warnings: lhr.runWarnings,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The run with the median performance score stands for the route (Lighthouse varies run to run). */
function medianRun(runs) {
  const target = median(runs.map((run) => run.performance));
  return runs.reduce((best, run) =>
    Math.abs(run.performance - target) < Math.abs(best.performance - target) ? run : best,
  );
}

export async function runLighthouse({ chromePath, origin, routes, runs = 1, log }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results = [];
  try {
    for (const preset of ['desktop', 'mobile']) {
      for (const route of routes) {
        const collected = [];
        for (let run = 0; run < runs; run += 1) {
          const flags = {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: categories,
          };
          const outcome = await lighthouse(
            origin + route.path,
            flags,
            preset === 'desktop' ? desktopConfig : undefined,
          );
          if (!outcome) throw new Error(`Lighthouse returned nothing for ${route.path}`);
          collected.push(summarise(outcome.lhr));
        }
        const result = {
          preset,
          route: route.name,
          path: route.path,
          ...medianRun(collected),
          // Every run's score, so the spread behind the median is on record.
          performanceRuns: collected.map((run) => run.performance),
        };
        const spread = runs > 1 ? ` (runs: ${result.performanceRuns.join(', ')})` : '';
        log(
          `lighthouse ${preset} ${route.name}: perf ${result.performance}${spread}, a11y ${result.accessibility}, ` +
            `bp ${result.bestPractices}, LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms, CLS ${result.cls}`,
        );
        results.push(result);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
