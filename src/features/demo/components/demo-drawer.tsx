import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { demoQueries } from '../api/demo-queries';
import { DemoClockForm } from './demo-clock-form';
import { DemoDataSection } from './demo-data-section';
import { DemoNetworkSection } from './demo-network-section';
import { DemoRoleSection } from './demo-role-section';
import { DemoStatus } from './demo-status';

interface DemoDrawerProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The demo backend's controls. A temporary MUI Drawer is a modal: it traps focus, closes on
 * Escape and gives focus back to the button that opened it.
 */
export function DemoDrawer({ open, onClose }: DemoDrawerProps) {
  const titleId = useId();
  const [announcement, setAnnouncement] = useState('');
  const state = useQuery({ ...demoQueries.state(), enabled: open });

  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: 380 } },
        },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1.5 }}>
        <Typography id={titleId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          Demo controls
        </Typography>
        <IconButton aria-label="Close demo controls" onClick={onClose} edge="end">
          <Close />
        </IconButton>
      </Box>
      <Divider />
      <Stack spacing={3} sx={{ p: 2 }}>
        <Typography variant="body2" color="text.secondary">
          These change the demo backend that runs in this browser. Nothing here exists in live mode.
        </Typography>
        {state.isError && (
          <Alert severity="error">The demo backend did not answer: {state.error.message}</Alert>
        )}
        <DemoStatus state={state.data} />
        {state.data && (
          <>
            <DemoDataSection state={state.data} onDone={setAnnouncement} />
            <DemoClockForm onDone={setAnnouncement} />
            <DemoNetworkSection state={state.data} onDone={setAnnouncement} />
            <DemoRoleSection state={state.data} onDone={setAnnouncement} />
          </>
        )}
        <Typography role="status" variant="body2" sx={{ minHeight: '1.5em' }}>
          {announcement}
        </Typography>
      </Stack>
    </Drawer>
  );
}
