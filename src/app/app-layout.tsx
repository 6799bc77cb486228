import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { config } from '@/config/env';
import { ProjectSwitcher } from './project-switcher';
import { RouteErrorBoundary } from './route-error-boundary';
import { ServiceTokensMenu } from './service-tokens-menu';
import { SessionExpiryWatcher } from './session-expiry-watcher';

// Loaded only in their own mode, so live mode never downloads the demo controls and vice versa.
const DemoControls = lazy(() =>
  import('@/features/demo/components/demo-controls').then((m) => ({ default: m.DemoControls })),
);
const SignOutButton = lazy(() =>
  import('@/features/auth/components/sign-out-button').then((m) => ({ default: m.SignOutButton })),
);

/**
 * Holds the place of a lazily loaded app-bar button, at its size, so that the bar does not grow
 * (and push the page down) when the button arrives: on a phone the bar wraps onto more lines.
 */
function ButtonPlaceholder({ label }: { label: string }) {
  return (
    <Button
      color="inherit"
      aria-hidden
      tabIndex={-1}
      disabled
      startIcon={<Box component="span" sx={{ width: 20, height: 20 }} />}
      sx={{ visibility: 'hidden' }}
    >
      {label}
    </Button>
  );
}

export function AppLayout() {
  const location = useLocation();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppBar position="static" color="default" elevation={1} component="header">
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="p" sx={{ fontWeight: 700 }}>
            Fabric Service Tokens
          </Typography>
          <nav aria-label="Main">
            <ServiceTokensMenu />
          </nav>
          <Box sx={{ flexGrow: 1 }} />
          <ProjectSwitcher />
          <Chip
            label={config.mode === 'demo' ? 'Demo' : 'Live'}
            color={config.mode === 'demo' ? 'warning' : 'success'}
            size="small"
            aria-label={config.mode === 'demo' ? 'Mode: Demo' : 'Mode: Live'}
          />
          <Suspense
            fallback={
              <ButtonPlaceholder label={config.mode === 'demo' ? 'Demo controls' : 'Sign out'} />
            }
          >
            {config.mode === 'demo' ? <DemoControls /> : <SignOutButton />}
          </Suspense>
        </Toolbar>
      </AppBar>
      <SessionExpiryWatcher />
      <Box component="main" sx={{ flexGrow: 1, p: { xs: 2, md: 3 } }}>
        {/* A page that fails shows its error inside the layout; any navigation tries again. */}
        <RouteErrorBoundary resetKey={location.key}>
          <Suspense fallback={<LinearProgress aria-label="Loading page" />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </Box>
    </Box>
  );
}
