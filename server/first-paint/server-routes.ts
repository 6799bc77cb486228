import { paths } from '../../src/config/paths';
import type { PortalMode, SessionHint } from './html-mode';

/**
 * The app's routes as the server sees them (src/app/router.tsx matches the same paths, redirects
 * followed): which route module renders a request, for the page's first paint (page-shell.ts) and
 * for the chunks it preloads (route-preloads.ts).
 */

/** The route modules of src/app/routes, by file name. */
export const routeModules = [
  'inventory',
  'create-token',
  'token-details',
  'sign-in',
  'not-found',
] as const;
export type RouteModule = (typeof routeModules)[number];

export interface ServerRoute {
  module: RouteModule;
  /** The wizard's step, on the create-token route (its bare path leads to the first step). */
  step?: string;
}

/** Which route module renders `pathname`. */
export function routeOf(pathname: string): ServerRoute {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === paths.home.path || path === paths.inventory.path) return { module: 'inventory' };
  if (path === paths.signIn.path) return { module: 'sign-in' };
  const rest = path.startsWith(`${paths.inventory.path}/`)
    ? path.slice(paths.inventory.path.length + 1).split('/')
    : [];
  if (rest[0] === 'create' && rest.length <= 2) {
    return { module: 'create-token', step: rest[1] ?? 'basic' };
  }
  if (rest.length === 1 && rest[0]) return { module: 'token-details' };
  return { module: 'not-found' };
}

/** The path the app shows for a request: live mode sends a signed-out visitor to sign-in first. */
export function shownPath(pathname: string, mode: PortalMode, session?: SessionHint): string {
  return mode === 'live' && session === 'signed-out' ? paths.signIn.path : pathname;
}
