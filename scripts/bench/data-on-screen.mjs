/* global document, window, requestAnimationFrame, MutationObserver */
// "Data on screen": from navigation until a person can read or use what they came for, on a first
// visit (cold cache, no service worker yet), with Lighthouse's mobile profile applied for real
// through the DevTools protocol, and without it. Also the layout shift on the way there.
import { median } from './probe.mjs';

/**
 * Lighthouse's mobile profile ("slow 4G" and a mid-range phone): 150 ms round trip, 1.6 Mbps
 * down, 750 kbps up, CPU slowed 4 times, a 412 × 823 screen.
 */
export const mobileProfile = {
  latencyMs: 150,
  downloadKbps: 1638.4,
  uploadKbps: 750,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
};

/**
 * What a person waits for. The inventory: its first token (a link to the token's page, in the
 * table's first row or the first card on a phone). The wizard: its first choice, enabled.
 */
export const targets = {
  inventory: {
    path: '/service-tokens',
    selector: 'main a[href^="/service-tokens/"]:not([href^="/service-tokens/create"])',
  },
  wizard: {
    path: '/service-tokens/create/basic',
    selector: 'main input[type="radio"]:not([disabled])',
  },
};

/**
 * Runs in the page from its first script: records when `selector` first matches and the frame
 * after it is painted, and every layout shift until then (all of them, and those of the header's
 * elements).
 */
function installWatch(selector) {
  const watch = { shownAt: null, shift: 0, headerShift: 0, shifts: [] };
  window.__dataOnScreen = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      watch.shift += entry.value;
      const inHeader = (entry.sources ?? []).some((source) => source.node?.closest?.('header'));
      if (inHeader) watch.headerShift += entry.value;
      watch.shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        nodes: (entry.sources ?? []).map(
          (source) =>
            source.node?.nodeName +
            (source.node?.className ? `.${String(source.node.className).split(' ')[0]}` : ''),
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const seen = () => {
    if (!document.querySelector(selector)) return false;
    requestAnimationFrame(() => setTimeout(() => (watch.shownAt = performance.now()), 0));
    return true;
  };
  const observer = new MutationObserver(() => seen() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function once(browser, origin, target, throttled) {
  const context = await browser.newContext(
    throttled ? { viewport: mobileProfile.viewport, isMobile: true, hasTouch: true } : {},
  );
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: mobileProfile.latencyMs,
        downloadThroughput: (mobileProfile.downloadKbps * 1024) / 8,
        uploadThroughput: (mobileProfile.uploadKbps * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobileProfile.cpuSlowdown });
    }
    await page.addInitScript(installWatch, target.selector);
    await page.goto(origin + target.path, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => window.__dataOnScreen?.shownAt !== null, null, {
      timeout: 60_000,
      polling: 100,
    });
    // Shifts are reported a moment after the frame that caused them.
    await page.waitForTimeout(300);
    return await page.evaluate(() => window.__dataOnScreen);
  } finally {
    await context.close();
  }
}

/**
 * Per target, throttled and not: the median of `runs` first visits (a fresh browser context each:
 * empty cache, no service worker), and the largest layout shift any run saw.
 */
export async function measureDataOnScreen(browser, origin, { runs, log }) {
  const results = [];
  for (const [name, target] of Object.entries(targets)) {
    for (const throttled of [true, false]) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        // The demo backend's data set starts from the standard seed each time.
        samples.push(await once(browser, origin, target, throttled));
      }
      const result = {
        route: name,
        throttled,
        ms: Math.round(median(samples.map((sample) => sample.shownAt))),
        runsMs: samples.map((sample) => Math.round(sample.shownAt)),
        layoutShift: Math.max(...samples.map((sample) => sample.shift)),
        headerLayoutShift: Math.max(...samples.map((sample) => sample.headerShift)),
        shifts: samples.flatMap((sample) => sample.shifts).slice(0, 10),
      };
      log(
        `data on screen, ${name}, ${throttled ? 'mobile profile' : 'unthrottled'}: ` +
          `${result.ms} ms (runs: ${result.runsMs.join(', ')}), layout shift ` +
          `${result.layoutShift.toFixed(3)} (header ${result.headerLayoutShift.toFixed(3)})`,
      );
      results.push(result);
    }
  }
  return results;
}
