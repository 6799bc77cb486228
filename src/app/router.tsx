import { createBrowserRouter, Navigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';

export function createRouter() {
  return createBrowserRouter([
    {
      path: paths.home.path,
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to={paths.inventory.href()} replace /> },
        {
          errorElement: <RouteError />,
          children: [
            { path: paths.inventory.path, lazy: () => import('./routes/inventory') },
            {
              path: paths.create.path,
              element: <Navigate to={paths.create.href('basic')} replace />,
            },
            { path: paths.create.stepPath, lazy: () => import('./routes/create-token') },
            { path: paths.details.path, lazy: () => import('./routes/token-details') },
            { path: paths.signIn.path, lazy: () => import('./routes/sign-in') },
            { path: '*', lazy: () => import('./routes/not-found') },
          ],
        },
      ],
    },
  ]);
}
