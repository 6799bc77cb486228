import { type ComponentType, lazy } from 'react';
import { matchRoutes, Navigate, Route, Routes } from 'react-router-dom';
import { paths } from '@/config/paths';
import { AppLayout } from './app-layout';

interface PageModule {
  Component: ComponentType;
}

/**
 * A page loaded on first use. `preload` and the lazy component share one download, so starting it
 * early (see `preloadRoute`) never fetches the page twice.
 */
function lazyPage(load: () => Promise<PageModule>) {
  let loading: Promise<PageModule> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      // A failed download is tried once more when the page renders (its error shows then).
      loading = undefined;
      throw error;
    }));
  const Page = lazy(() => preload().then((module) => ({ default: module.Component })));
  return { preload, Page };
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

/**
 * Starts downloading the page's code for `pathname` at once, so it arrives while the app is still
 * starting (in demo mode, while the demo backend starts). The routes reuse the same download.
 */
export function preloadRoute(pathname: string): void {
  const target = matchRoutes(redirects, pathname)?.[0]?.route.to ?? pathname;
  for (const match of matchRoutes(pages, target) ?? []) {
    // A failed download surfaces again, with its error page, when the page renders.
    void match.route.preload().catch(() => undefined);
  }
}
