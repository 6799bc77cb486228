import { servedStylesAttribute } from '../../src/lib/served-styles';
import recorded from './critical-css.json';
import type { RouteModule } from './server-routes';

/**
 * The styles a page's first render asks MUI's style engine (emotion) for, written into the
 * served page (docs/decisions/010-critical-css.md).
 *
 * On the first render emotion compiles every style the page uses and inserts it rule by rule,
 * inside React's commit: on a phone that is one long task of a few hundred milliseconds. The
 * page's `<style data-served-styles="name…">` element is taken over by the app's style cache
 * (src/app/style-cache.ts), which marks those names as inserted and skips them. The styles are
 * the build's own: `npm run gen:critical-css` records, from the production build in Chromium,
 * the rules emotion inserts on each page's first render (as emotion wrote them, before any
 * browser dropped what it does not support). A style not recorded is inserted at run time as
 * before; `e2e/critical-css.spec.ts` fails when a page's first render uses one.
 */
export interface CriticalStyles {
  /** Emotion's style names, in the order they were first inserted. */
  names: string[];
  /** Their rules, in the same order. */
  css: string;
}

export type CriticalCss = Partial<Record<RouteModule, CriticalStyles>>;

export const criticalCss: CriticalCss = recorded;

/** The style element for a route module's page, or nothing when none was recorded. */
export function criticalStyleTag(module: RouteModule, styles: CriticalCss): string {
  const page = styles[module];
  if (!page || page.names.length === 0) return '';
  return `<style ${servedStylesAttribute}="${page.names.join(' ')}">${page.css}</style>`;
}
