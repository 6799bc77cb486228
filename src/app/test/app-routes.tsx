import { QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createRoutesStub } from 'react-router';
import { queryClient } from '../query-client';
import { RouteError } from '../route-error';
import routes from '../routes';
import Root, { ErrorBoundary as RootError } from '../root';

interface RouteModule {
  default?: ComponentType;
  clientLoader?: (args: never) => unknown;
  ErrorBoundary?: ComponentType;
  HydrateFallback?: ComponentType;
}

const modules = import.meta.glob<RouteModule>('../routes/*.tsx', { eager: true });

type Extra = { path: string; Component: ComponentType };

/**
 * The app's own route table (routes.ts) and route modules in a memory router, as React Router's
 * framework mounts them in the browser (their clientLoaders, fallbacks and error boundaries),
 * under the root layout, with the app's query client (emptied first). `extra`: more pages under the layout (a test's own broken page).
 */
export function appRoutes(url: string, extra: Extra[] = []) {
  queryClient.clear();
  const children = routes.map(({ file, path, index }) => {
    const module = modules[`../${file}`];
    if (!module) throw new Error(`no route module ${file}`);
    return {
      ...(index ? { index: true as const } : { path }),
      Component: module.default,
      loader: module.clientLoader as never,
      ErrorBoundary: module.ErrorBoundary,
      HydrateFallback: module.HydrateFallback,
    };
  });
  const extraRoutes = extra.map(({ path, Component }) => ({
    path,
    Component,
    ErrorBoundary: RouteError,
  }));
  const Stub = createRoutesStub([
    {
      path: '/',
      Component: Root,
      ErrorBoundary: RootError,
      children: [...extraRoutes, ...children],
    },
  ]);
  return (
    <QueryClientProvider client={queryClient}>
      <Stub initialEntries={[url]} />
    </QueryClientProvider>
  );
}
