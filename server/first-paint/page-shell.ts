import { wizardSteps } from '../../src/config/paths';
import type { PortalMode } from './html-mode';
import { routeOf } from './server-routes';

/**
 * The page's first paint, written into index.html by the server (docs/decisions/009): the app bar
 * and the page's heading, laid out as the app lays them out, so that a phone on a slow network
 * sees the page's frame at once instead of a blank screen while the app's code downloads. React
 * replaces it on its first render (createRoot empties its container).
 *
 * It is a picture, not an interface: hidden from assistive technology and inert, and it holds no
 * data, only what the route alone says. A page this table does not know gets the app bar alone.
 */

/** The heading a route's page shows first, and how the page places it. */
type ShellHeading = { text: string; layout: 'inventory' | 'wizard' | 'sign-in' };

const wizardFormSteps: readonly string[] = wizardSteps.filter((step) => step !== 'created');

function headingFor(pathname: string, mode: PortalMode): ShellHeading | undefined {
  const route = routeOf(pathname);
  switch (route.module) {
    case 'inventory':
      return { text: 'Service Token Inventory', layout: 'inventory' };
    case 'create-token':
      // The Created page and an unknown step show other headings.
      return route.step && wizardFormSteps.includes(route.step)
        ? { text: 'Create Service Token', layout: 'wizard' }
        : undefined;
    case 'sign-in':
      return {
        text: mode === 'demo' ? 'Your demo session has expired' : 'Sign in to Equinix Fabric',
        layout: 'sign-in',
      };
    default:
      return undefined;
  }
}

/**
 * The values are the theme's (src/app/theme.ts) and MUI's for the components the layout uses;
 * e2e/page-shell.spec.ts fails when the shell's heading and bar no longer sit where the app's do.
 */
export const shellStyles = `<style data-page-shell>
body{margin:0}
.shell{min-height:100vh;display:flex;flex-direction:column;box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1rem;line-height:1.5;color:rgba(0,0,0,0.87);background:#fff;-webkit-font-smoothing:antialiased}
.shell *{box-sizing:inherit}
.shell-bar{background:#f5f5f5;box-shadow:0px 2px 1px -1px rgba(0,0,0,0.2),0px 1px 1px 0px rgba(0,0,0,0.14),0px 1px 3px 0px rgba(0,0,0,0.12)}
.shell-toolbar{display:flex;align-items:center;flex-wrap:wrap;gap:16px;min-height:56px;padding:0 16px}
@media (min-width:0px) and (orientation:landscape){.shell-toolbar{min-height:48px}}
@media (min-width:600px){.shell-toolbar{min-height:64px;padding:0 24px}}
.shell-title{margin:0;font-size:1.25rem;line-height:1.6;font-weight:700}
.shell-button{display:inline-flex;align-items:center;padding:6px 8px;font-size:0.875rem;line-height:1.75;font-weight:500;text-transform:uppercase;visibility:hidden}
.shell-button::after{content:"";width:20px;height:20px;margin:0 -4px 0 8px}
.shell-button.start::after{display:none}
.shell-button.start::before{content:"";width:20px;height:20px;margin:0 8px 0 -4px}
.shell-button.contained{padding:6px 16px}
.shell-grow{flex-grow:1}
.shell-project{min-width:220px;height:40px}
.shell-chip{display:inline-flex;align-items:center;height:24px;padding:0 8px;border-radius:16px;font-size:0.8125rem;color:#fff;background:#b45309}
.shell-chip.live{background:#2e7d32}
.shell-main{flex-grow:1;padding:16px}
@media (min-width:900px){.shell-main{padding:24px}}
.shell-heading{margin:0;font-size:2.125rem;line-height:1.235;font-weight:400}
.shell-inventory{display:flex;align-items:center;gap:16px;flex-wrap:wrap}
.shell-inventory .shell-heading{flex-grow:1}
.shell-wizard{max-width:960px;margin:0 auto}
.shell-sign-in{max-width:560px;margin:0 auto;padding:16px;border:1px solid rgba(0,0,0,0.12);border-radius:6px}
@media (min-width:600px){.shell-sign-in{padding:32px}}
.shell-sign-in .shell-heading{margin-bottom:0.35em}
@media (prefers-color-scheme:dark){
.shell{color:#fff;background:#121212}
.shell-bar{background-color:#121212;background-image:linear-gradient(rgba(255,255,255,0.05),rgba(255,255,255,0.05))}
.shell-chip{background:#ffa726;color:rgba(0,0,0,0.87)}
.shell-chip.live{background:#66bb6a}
.shell-sign-in{border-color:rgba(255,255,255,0.12)}
}
</style>`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function headingMarkup(heading: ShellHeading): string {
  const h1 = `<h1 class="shell-heading">${escapeHtml(heading.text)}</h1>`;
  switch (heading.layout) {
    case 'inventory':
      return `<div class="shell-inventory">${h1}<span class="shell-button start contained">Create Service Token</span></div>`;
    case 'wizard':
      return `<div class="shell-wizard">${h1}</div>`;
    case 'sign-in':
      return `<div class="shell-sign-in">${h1}</div>`;
  }
}

/** The markup that goes inside `#root` for the page the app shows at `pathname`. */
export function pageShell(pathname: string, mode: PortalMode): string {
  const heading = headingFor(pathname, mode);
  const modeLabel = mode === 'demo' ? 'Demo' : 'Live';
  return (
    `<div class="shell" aria-hidden="true" inert>` +
    `<header class="shell-bar"><div class="shell-toolbar">` +
    `<p class="shell-title">Fabric Service Tokens</p>` +
    `<span class="shell-button">Service Tokens</span>` +
    `<span class="shell-grow"></span>` +
    `<span class="shell-project"></span>` +
    `<span class="shell-chip${mode === 'live' ? ' live' : ''}">${modeLabel}</span>` +
    `<span class="shell-button start">${mode === 'demo' ? 'Demo controls' : 'Sign out'}</span>` +
    `</div></header>` +
    `<div class="shell-main">${heading ? headingMarkup(heading) : ''}</div>` +
    `</div>`
  );
}
