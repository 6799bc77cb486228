import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';

const pageRoutes = [
  { path: paths.inventory.path, lazy: () => import('./routes/inventory') },
  {
    path: paths.create.path,
    element: <Navigate to={paths.create.href('basic')} replace />,
  },
  { path: paths.create.stepPath, lazy: () => import('./routes/create-token') },
  { path: paths.details.path, lazy: () => import('./routes/token-details') },
  { path: paths.signIn.path, lazy: () => import('./routes/sign-in') },
  { path: '*', lazy: () => import('./routes/not-found') },
] satisfies RouteObject[];

const routes: RouteObject[] = [
  {
    path: paths.home.path,
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={paths.inventory.href()} replace /> },
      { errorElement: <RouteError />, children: pageRoutes },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

/**
 * Starts downloading the page's code for `pathname` at once, so it arrives while the app is still
 * starting (in demo mode, while the demo backend starts). The router reuses the same module.
 */
export function preloadRoute(pathname: string): void {
  const target = pathname === paths.home.path ? paths.inventory.href() : pathname;
  for (const match of matchRoutes(pageRoutes, target) ?? []) {
    const { lazy } = match.route;
    // A failed download surfaces again, with its error page, when the router loads the route.
    if (typeof lazy === 'function') void Promise.resolve(lazy()).catch(() => undefined);
  }
}
