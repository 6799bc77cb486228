import CheckBox from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlank from '@mui/icons-material/CheckBoxOutlineBlank';
import ViewColumn from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useId, useState } from 'react';
import {
  type Density,
  type InventoryColumnId,
  type InventorySearchParams,
  inventoryColumnIds,
} from '../inventory-search-params';
import { alwaysVisibleColumns, columnLabels } from '../lib/inventory-row';

interface Props {
  params: InventorySearchParams;
  onChange: (next: InventorySearchParams) => void;
}

/** Which columns show and how dense the rows are: view settings, kept in the URL like filters. */
export function ViewOptions({ params, onChange }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const toggle = (id: InventoryColumnId) => {
    const visible = params.cols.includes(id);
    const cols = visible
      ? params.cols.filter((c) => c !== id)
      : inventoryColumnIds.filter((c) => c === id || params.cols.includes(c));
    onChange({ ...params, cols });
  };
  return (
    <>
      <Button
        startIcon={<ViewColumn />}
        aria-haspopup="true"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {inventoryColumnIds.map((id) => {
          const checked = params.cols.includes(id);
          const locked = alwaysVisibleColumns.includes(id);
          return (
            <MenuItem
              key={id}
              role="menuitemcheckbox"
              aria-checked={checked}
              disabled={locked}
              onClick={() => toggle(id)}
              dense
            >
              <ListItemIcon>
                {checked ? (
                  <CheckBox fontSize="small" />
                ) : (
                  <CheckBoxOutlineBlank fontSize="small" />
                )}
              </ListItemIcon>
              <ListItemText
                primary={locked ? `${columnLabels[id]} (always shown)` : columnLabels[id]}
              />
            </MenuItem>
          );
        })}
      </Menu>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={params.density}
        aria-label="Row density"
        onChange={(_event, density: Density | null) => {
          if (density) onChange({ ...params, density });
        }}
      >
        <ToggleButton value="standard">Standard</ToggleButton>
        <ToggleButton value="compact">Compact</ToggleButton>
      </ToggleButtonGroup>
    </>
  );
}
