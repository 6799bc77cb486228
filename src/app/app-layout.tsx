import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { config } from '@/config/env';
import { ProjectSwitcher } from './project-switcher';
import { ServiceTokensMenu } from './service-tokens-menu';
import { SessionExpiryWatcher } from './session-expiry-watcher';

// Loaded only in their own mode, so live mode never downloads the demo controls and vice versa.
const DemoControls = lazy(() =>
  import('@/features/demo/components/demo-controls').then((m) => ({ default: m.DemoControls })),
);
const SignOutButton = lazy(() =>
  import('@/features/auth/components/sign-out-button').then((m) => ({ default: m.SignOutButton })),
);

export function AppLayout() {
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
          <Suspense fallback={null}>
            {config.mode === 'demo' ? <DemoControls /> : <SignOutButton />}
          </Suspense>
        </Toolbar>
      </AppBar>
      <SessionExpiryWatcher />
      <Box component="main" sx={{ flexGrow: 1, p: { xs: 2, md: 3 } }}>
        <Suspense fallback={<LinearProgress aria-label="Loading page" />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
