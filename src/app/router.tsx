import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { matchRoutes, Navigate, Route, Routes } from 'react-router-dom';
import { paths } from '@/config/paths';
import { lazyComponent, preloadable } from '@/lib/preloadable';
import { AppLayout } from './app-layout';

interface PageModule {
  Component: ComponentType;
  /** Starts the page's first requests from its URL, before it renders; settles with them. */
  prefetch?: (queryClient: QueryClient, search: URLSearchParams) => Promise<unknown>;
}

/** A page loaded on first use; `preloadRoute` starts the same download early. */
function lazyPage(load: () => Promise<PageModule>) {
  const code = preloadable(load);
  return {
    preload: code.preload,
    loaded: code.loaded,
    Page: lazyComponent(code, (module) => module.Component),
  };
}

/** Addresses that only lead elsewhere. */
const redirects = [
  { path: paths.home.path, to: paths.inventory.href() },
  { path: paths.create.path, to: paths.create.href('basic') },
];

const pages = [
  { path: paths.inventory.path, ...lazyPage(() => import('./routes/inventory')) },
  { path: paths.create.stepPath, ...lazyPage(() => import('./routes/create-token')) },
  { path: paths.details.path, ...lazyPage(() => import('./routes/token-details')) },
  { path: paths.signIn.path, ...lazyPage(() => import('./routes/sign-in')) },
  { path: '*', ...lazyPage(() => import('./routes/not-found')) },
];

/**
 * Declarative routes (no data router: see docs/decisions/008-declarative-routing.md). Each page
 * renders inside the layout, whose error boundary and Suspense wrap it.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path={paths.home.path} element={<AppLayout />}>
        {redirects.map(({ path, to }) => (
          <Route key={path} path={path} element={<Navigate to={to} replace />} />
        ))}
        {pages.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
      </Route>
    </Routes>
  );
}

/** Where an address that only leads elsewhere leads; undefined for any other address. */
const redirectOf = (pathname: string) => matchRoutes(redirects, pathname)?.[0]?.route.to;

/** The page routes that render `pathname`, after its redirect. */
const pagesAt = (pathname: string) => matchRoutes(pages, redirectOf(pathname) ?? pathname) ?? [];

/** Whether the code of the page at `pathname` (or where it redirects) has arrived. */
export function pageCodeLoaded(pathname: string): boolean {
  const matches = pagesAt(pathname);
  return matches.length > 0 && matches.every((match) => match.route.loaded() !== undefined);
}

/**
 * Starts downloading the page's code for `pathname` at once, so it arrives while the app is still
 * starting (in demo mode, while the demo backend starts). The routes reuse the same download.
 * Given the query client, the page's first requests start as soon as its code is there, not after
 * its first render, and the promise also waits for their answers, for at most `waitMs`. Settles
 * (never rejects) when the code is there or failed to arrive.
 */
export function preloadRoute(
  pathname: string,
  prefetch?: { queryClient: QueryClient; search: string; waitMs: number },
): Promise<void> {
  // A redirect drops the query string (see the redirects above), so its prefetch does too.
  const search = new URLSearchParams(redirectOf(pathname) ? '' : prefetch?.search);
  const downloads = pagesAt(pathname).map((match) =>
    // A failed download surfaces again, with its error page, when the page renders.
    match.route.preload().then(
      (module) => {
        const answers = prefetch && module.prefetch?.(prefetch.queryClient, search);
        if (!answers) return undefined;
        return Promise.race([
          answers.then(() => undefined),
          new Promise<void>((resolve) => setTimeout(resolve, prefetch.waitMs)),
        ]);
      },
      () => undefined,
    ),
  );
  return Promise.all(downloads).then(() => undefined);
}
