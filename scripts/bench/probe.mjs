/* global document, window, requestAnimationFrame, MutationObserver */
// Runs inside the page (installed with addInitScript, so on every navigation). Times are on the
// page's performance.now() clock, whose zero is the start of the navigation.

/**
 * "Painted" is taken as a task after the next animation frame: rAF callbacks run just before the
 * browser paints, and a task queued from one runs after that paint.
 */
export function installProbe(rowsSelector) {
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => setTimeout(() => callback(performance.now()), 0));
  const signature = () =>
    [...document.querySelectorAll(rowsSelector)].map((row) => row.textContent).join('\n');

  const bench = {
    firstRows: null,
    /** When the interaction being timed started: its first pointerdown, keydown or input event. */
    started: null,
    done: null,
    /** Watches for `predicate` to hold after the next interaction; `done` is then its duration. */
    arm(predicate) {
      bench.started = null;
      bench.done = null;
      const check = () => {
        if (bench.started === null || !predicate()) return false;
        observer.disconnect();
        afterNextPaint((paintedAt) => (bench.done = { ms: paintedAt - bench.started }));
        return true;
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    },
    /** The table's data rows changed (skeleton rows are aria-hidden and never count). */
    armRowsChange() {
      const before = signature();
      bench.arm(() => {
        const now = signature();
        return now !== '' && now !== before;
      });
    },
    signature,
  };
  window.__bench = bench;

  const markStart = (event) => {
    if (bench.started === null) bench.started = event.timeStamp;
  };
  for (const type of ['pointerdown', 'keydown', 'input']) {
    document.addEventListener(type, markStart, { capture: true });
  }

  // Navigation → first data row painted.
  const firstRows = new MutationObserver(() => {
    if (!document.querySelector(rowsSelector)) return;
    firstRows.disconnect();
    afterNextPaint((paintedAt) => (bench.firstRows = paintedAt));
  });
  firstRows.observe(document, { childList: true, subtree: true });
}

/**
 * Arms the probe (`arm(argument)` runs in the page), performs `act`, and resolves with the
 * interaction's duration (NaN on timeout).
 */
export async function timeInteraction(page, arm, act, { argument, timeout = 20_000 } = {}) {
  await page.evaluate(arm, argument);
  await act();
  try {
    const handle = await page.waitForFunction(() => window.__bench.done, null, { timeout });
    const { ms } = await handle.jsonValue();
    return ms;
  } catch {
    return Number.NaN;
  }
}

export function median(values) {
  const numbers = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (numbers.length === 0) return Number.NaN;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}
