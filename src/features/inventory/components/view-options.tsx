import CheckBox from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlank from '@mui/icons-material/CheckBoxOutlineBlank';
import ViewColumn from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { memo, useId, useState } from 'react';
import {
  type Density,
  type InventoryColumnId,
  type InventorySearchParams,
  inventoryColumnIds,
} from '../inventory-search-params';
import { alwaysVisibleColumns, columnLabels } from '../lib/inventory-row';

const densityChoices: { density: Density; label: string }[] = [
  { density: 'standard', label: 'Standard' },
  { density: 'compact', label: 'Compact' },
];

interface Props {
  params: InventorySearchParams;
  onChange: (next: InventorySearchParams) => void;
}

/** Which columns show and how dense the rows are: view settings, kept in the URL like filters. */
export const ViewOptions = memo(function ViewOptions({ params, onChange }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = Boolean(anchor);
  const buttonId = useId();
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
        id={buttonId}
        startIcon={<ViewColumn />}
        aria-haspopup="true"
        aria-expanded={open ? 'true' : undefined}
        aria-controls={open ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns
      </Button>
      <Menu
        anchorEl={anchor}
        open={open}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { id: menuId, 'aria-labelledby': buttonId } }}
      >
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
              {locked ? `${columnLabels[id]} (always shown)` : columnLabels[id]}
            </MenuItem>
          );
        })}
      </Menu>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        aria-label="Row density"
        value={params.density}
        // Pressing the chosen density again keeps it (the group would offer null).
        onChange={(_event, density: Density | null) => {
          if (density) onChange({ ...params, density });
        }}
      >
        {densityChoices.map(({ density, label }) => (
          <ToggleButton key={density} value={density}>
            {label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </>
  );
});
