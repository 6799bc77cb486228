import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the bar the portal holds itself to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One violation as a person fixing it wants to read it: rule, why, and every element with its fix. */
export function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
    return `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 240)}\n      ${summary}`;
  });
  return [
    `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}`,
    `    ${violation.helpUrl}`,
    ...nodes,
  ].join('\n');
}

/** Where MUI renders what opens over the page (menus, selects, dialogs, drawers): portals in <body>. */
export const overlays = '.MuiPopover-root, .MuiDialog-root, .MuiDrawer-root, .MuiMenu-root';

/**
 * Runs axe and fails with a readable list of violations; `context` names the screen and state, so
 * a failure says where to look. By default the whole page is checked. With `within` (an open menu
 * or dialog on a page already checked), every rule runs on that part only, and the rule about the
 * rest of the page that an overlay can break (focusable content hidden from assistive technology)
 * runs on the whole page: axe over a large table costs seconds, and the page behind did not change.
 * The check is soft: the test goes on and reports every screen's violations at the end.
 */
export async function expectNoA11yViolations(
  page: Page,
  context: string,
  options: { within?: string } = {},
): Promise<void> {
  // Colours are judged at rest: a button that has just become enabled fades to its colour over
  // 250 ms, and axe sampling it mid-fade would report a contrast the user never settles on.
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (options.within ? builder.include(options.within) : builder).analyze();
  const violations = [...results.violations];
  if (options.within) {
    const behind = await new AxeBuilder({ page }).withRules(['aria-hidden-focus']).analyze();
    violations.push(...behind.violations);
  }
  const report = violations.map(describeViolation).join('\n');
  expect
    .soft(
      violations.map((violation) => violation.id),
      `axe found WCAG 2.2 AA violations on ${context}:\n${report}`,
    )
    .toEqual([]);
}
