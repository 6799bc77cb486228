import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { createPortalQueryClient } from './query-client';
import { RouteErrorBoundary } from './route-error-boundary';
import { PortalRouter } from './portal-router';
import { createStyleCache } from './style-cache';
import { AppRoutes, pageCodeLoaded } from './router';
import { darkTheme, lightTheme } from './theme';

/** Catches a crash of the layout itself, which the layout's own boundary cannot. */
function LayoutErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.key} standalone>
      {children}
    </RouteErrorBoundary>
  );
}

/** `queryClient`: the one the start-up prefetched into (src/main.tsx); a new one otherwise. */
export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createPortalQueryClient());
  const [styleCache] = useState(() => createStyleCache());
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  return (
    <CacheProvider value={styleCache}>
      <ThemeProvider theme={prefersDark ? darkTheme() : lightTheme}>
        <CssBaseline enableColorScheme />
        <QueryClientProvider client={queryClient}>
          <PortalRouter pageReady={pageCodeLoaded}>
            <LayoutErrorBoundary>
              <AppRoutes />
            </LayoutErrorBoundary>
          </PortalRouter>
        </QueryClientProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}
