// First: starts the demo backend before the rest of the page's code runs.
import './start-demo-backend';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Links, Meta, Scripts, ScrollRestoration } from 'react-router';
import { config } from '@/config/env';
import { AppLayout } from './app-layout';
import { queryClient } from './query-client';
import { RouteError } from './route-error';
import { theme } from './theme';

/**
 * The document around every page, rendered at build time into each page's HTML file and
 * hydrated in the browser. The server writes its mode into `portal-mode` (demo when the files are
 * served as they are); the app reads it from there (src/config/env.ts).
 */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content="Create and manage Equinix Fabric service tokens." />
        <meta name="color-scheme" content="light dark" />
        <meta name="portal-mode" content={config.mode} />
        <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
        {/* The browser may paint a page it has only partly read; until it has read up to the
            page's main element, the header would be drawn half built and then move. */}
        <link rel="expect" href="#main" blocking="render" />
        <title>Fabric Service Tokens</title>
        <Meta />
        <Links />
      </head>
      <body>
        <ThemeProvider theme={theme}>
          <CssBaseline enableColorScheme />
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ThemeProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/** Every page renders inside the app bar's layout (app-layout.tsx). */
export default function Root() {
  return <AppLayout />;
}

/** An address with no page of its own at build time (a token's page): the layout, loading. */
export function HydrateFallback() {
  return <AppLayout loading />;
}

/** The layout itself failed: what failed, and a way to try again, as the page's main landmark. */
export function ErrorBoundary({ error }: { error: unknown }) {
  return <RouteError error={error} standalone />;
}
