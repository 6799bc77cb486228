import Close from '@mui/icons-material/Close';
import FilterList from '@mui/icons-material/FilterList';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { activeFilterCount, type InventorySearchParams } from '../inventory-search-params';
import type { ParamsChange } from '../use-inventory-params';
import { InventoryFilters } from './inventory-filters';

interface Props {
  params: InventorySearchParams;
  onChange: (change: ParamsChange) => void;
  projectId: string | undefined;
  /** The tokens the filters now match, once known. */
  total: number | undefined;
}

/**
 * The filters on a narrow screen: a button that says how many are in use, and the same filters
 * in a drawer. The page shows the button below 900 px wide, where the filters themselves are
 * hidden; each change applies at once, as it does beside the table.
 */
export function FiltersDrawer({ params, onChange, projectId, total }: Props) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const count = activeFilterCount(params);
  const close = () => setOpen(false);
  return (
    <>
      <Button
        startIcon={<FilterList />}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        sx={{ display: { md: 'none' } }}
      >
        {count > 0 ? `Filters (${count})` : 'Filters'}
      </Button>
      <Drawer
        anchor="right"
        open={open}
        onClose={close}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-modal': true,
            'aria-labelledby': titleId,
            sx: { width: 'min(100vw, 420px)', p: 2, gap: 2 },
          },
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="h6" component="h2" id={titleId} sx={{ flexGrow: 1 }}>
            Filters
          </Typography>
          <IconButton aria-label="Close filters" onClick={close}>
            <Close />
          </IconButton>
        </Box>
        <InventoryFilters params={params} onChange={onChange} projectId={projectId} />
        <Button variant="contained" onClick={close} sx={{ mt: 'auto' }}>
          {total === undefined
            ? 'Show tokens'
            : `Show ${total.toLocaleString()} ${total === 1 ? 'token' : 'tokens'}`}
        </Button>
      </Drawer>
    </>
  );
}
