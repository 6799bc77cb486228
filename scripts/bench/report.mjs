// One table (metric | value | budget | met/missed), the JSON report and a chart image.
import { mkdirSync, writeFileSync } from 'node:fs';

function withinBudget(value, budget) {
  if (budget.atMost === undefined) return value >= budget.atLeast;
  return budget.below ? value < budget.atMost : value <= budget.atMost;
}

/**
 * A measured figure, optionally against a budget: `at most` (lower is better) or `at least`.
 * A figure that could not be measured has value null and counts as missed, never as met.
 */
export function figure(metric, value, unit, budget) {
  const status =
    budget === undefined
      ? 'info'
      : value === null || Number.isNaN(value)
        ? 'MISSED'
        : withinBudget(value, budget)
          ? 'met'
          : 'MISSED';
  return { metric, value, unit, budget: budget ?? null, status };
}

/** The bench section a figure belongs to, from the start of its name. */
const sections = [
  ['first-load', /^(first-load JS|of which demo backend \+ MSW)/],
  ['data-on-screen', /^(data on screen|layout shift)/],
  ['lighthouse', /^Lighthouse /],
  ['inventory', /^inventory /],
  ['wizard', /^wizard /],
  ['search', /^demo-backend search /],
  ['server', /^server /],
];

/** Figures of the sections `--only` left out read "skipped", not "not measured … MISSED". */
export function markSkipped(rows, wanted) {
  return rows.map((row) => {
    const section = sections.find(([, pattern]) => pattern.test(row.metric))?.[0];
    return section && !wanted(section) ? { ...row, value: null, status: 'skipped' } : row;
  });
}

const formatValue = (value, unit) => {
  if (value === null || Number.isNaN(value)) return 'not measured';
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  if (unit === 'ms') return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'MB' || unit === 'MB/s') return `${value.toFixed(1)} ${unit}`;
  if (unit === '/s') return `${Math.round(value).toLocaleString('en')}/s`;
  if (unit === '') return String(value);
  return `${value} ${unit}`;
};

const formatBudget = (row) => {
  if (!row.budget) return '';
  const limit = row.budget.atMost ?? row.budget.atLeast;
  const bound = formatValue(limit, row.unit);
  if (row.budget.below) return `< ${bound}`;
  return row.budget.atMost !== undefined ? `≤ ${bound}` : `≥ ${bound}`;
};

export function printTable(rows) {
  const lines = rows.map((row) => [
    row.metric,
    row.status === 'skipped' ? 'skipped' : formatValue(row.value, row.unit),
    formatBudget(row),
    row.status === 'info' ? '' : row.status,
  ]);
  const header = ['metric', 'value', 'budget', 'met/missed'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const render = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(render(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(render(line));
  const missed = rows.filter((row) => row.status === 'MISSED');
  const budgeted = rows.filter((row) => row.status !== 'info' && row.status !== 'skipped');
  console.log(
    missed.length === 0
      ? `\nAll ${budgeted.length} budgets met.`
      : `\nMISSED ${missed.length} of ${budgeted.length} budgets:\n${missed
          .map(
            (row) =>
              `  MISSED  ${row.metric}: ${formatValue(row.value, row.unit)} (budget ${formatBudget(row)})`,
          )
          .join('\n')}`,
  );
}

export function writeJson(path, report) {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

const escapeXml = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char],
  );

/** An SVG bar per budgeted figure, each on its own scale, with its budget drawn as a line. */
export function chartHtml(rows, title) {
  const budgeted = rows.filter((row) => row.budget && row.status !== 'skipped');
  const rowHeight = 26;
  const labelWidth = 430;
  const barWidth = 420;
  const top = 56;
  const height = top + budgeted.length * rowHeight + 40;
  const width = labelWidth + barWidth + 340;
  const bars = budgeted
    .map((row, index) => {
      const y = top + index * rowHeight;
      const limit = row.budget.atMost ?? row.budget.atLeast;
      const value = row.value ?? 0;
      const scale = Math.max(value, limit) * 1.25 || 1;
      const length = Math.max(2, (value / scale) * barWidth);
      const mark = labelWidth + (limit / scale) * barWidth;
      const color = row.status === 'met' ? '#2e7d32' : '#c62828';
      return `
        <text x="${labelWidth - 10}" y="${y + 17}" text-anchor="end">${escapeXml(row.metric)}</text>
        <rect x="${labelWidth}" y="${y + 4}" width="${length}" height="${rowHeight - 8}" fill="${color}" rx="3" />
        <line x1="${mark}" x2="${mark}" y1="${y}" y2="${y + rowHeight}" stroke="#111" stroke-width="2" stroke-dasharray="4 2" />
        <text x="${labelWidth + barWidth + 10}" y="${y + 17}">${escapeXml(formatValue(row.value, row.unit))} (${escapeXml(formatBudget(row))}) ${row.status}</text>`;
    })
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: #fff; font: 13px system-ui, sans-serif; color: #111; }
    text { font: 13px system-ui, sans-serif; }
  </style></head><body>
  <svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <text x="16" y="26" style="font-size:18px;font-weight:600">${escapeXml(title)}</text>
    <text x="16" y="44" fill="#555">Bars are the measured figure; the dashed line is the budget (green met, red missed).</text>
    ${bars}
  </svg></body></html>`;
}

export async function writeChart(browser, path, rows, title) {
  const page = await browser.newPage();
  await page.setContent(chartHtml(rows, title));
  await page.locator('svg').screenshot({ path });
  await page.close();
}
