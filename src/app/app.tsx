import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BrowserRouter, useLocation } from 'react-router-dom';
import { createQueryClient } from '@/api/query-client';
import { RouteErrorBoundary } from './route-error-boundary';
import { AppRoutes } from './router';
import { theme } from './theme';

/** Catches a crash of the layout itself, which the layout's own boundary cannot. */
function LayoutErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.key} standalone>
      {children}
    </RouteErrorBoundary>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <LayoutErrorBoundary>
            <AppRoutes />
          </LayoutErrorBoundary>
        </BrowserRouter>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
