import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Outlet, useNavigation } from 'react-router';
import { config } from '@/config/env';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { DemoControls } from '@/features/demo/components/demo-controls';
import { useHydrated } from '@/lib/use-hydrated';
import { ProjectSwitcher } from './project-switcher';
import { ServiceTokensMenu } from './service-tokens-menu';
import { SessionExpiryWatcher } from './session-expiry-watcher';

/**
 * The mode and its control (Demo controls, or who is signed in). The page's HTML is built once
 * for both modes, so these appear when the app starts; their place is kept at its size from the
 * first paint, so nothing in the bar moves when they do.
 */
function ModeControls() {
  const hydrated = useHydrated();
  return (
    <Box
      data-testid="mode-controls"
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 2,
        flex: '0 0 210px',
        height: 40,
        overflow: 'hidden',
      }}
    >
      {hydrated && (
        <>
          <Chip
            label={config.mode === 'demo' ? 'Demo' : 'Live'}
            color={config.mode === 'demo' ? 'warning' : 'success'}
            size="small"
            aria-label={config.mode === 'demo' ? 'Mode: Demo' : 'Mode: Live'}
          />
          {config.mode === 'demo' ? <DemoControls /> : <SignOutButton />}
        </>
      )}
    </Box>
  );
}

/**
 * The app bar and the page under it. `loading`: the page's code and data are still on their way
 * (the HTML of an address that has no page of its own at build time).
 */
export function AppLayout({ loading = false }: { loading?: boolean }) {
  // A navigation waits for the next page's data (its route's clientLoader) on the current page.
  const navigating = useNavigation().state === 'loading';
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
          {/* Sizes that do not depend on what loads into them: the bar is laid out once. */}
          <Box sx={{ flex: { xs: '1 1 140px', sm: '0 0 300px' }, minWidth: 0 }}>
            <ProjectSwitcher />
          </Box>
          <ModeControls />
        </Toolbar>
      </AppBar>
      <SessionExpiryWatcher />
      <Box sx={{ height: 4 }}>
        {(loading || navigating) && <LinearProgress aria-label="Loading page" />}
      </Box>
      <Box
        component="main"
        id="main"
        sx={{ flexGrow: 1, p: { xs: 2, md: 3 }, pt: { xs: 1.5, md: 2.5 } }}
      >
        {!loading && <Outlet />}
      </Box>
    </Box>
  );
}
