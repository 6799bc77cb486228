import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';

/** The portal's "Service Tokens" menu: Create Service Token and Service Token Inventory. */
export function ServiceTokensMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = Boolean(anchor);
  const buttonId = useId();
  const menuId = useId();
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        endIcon={<KeyboardArrowDown />}
        aria-haspopup="true"
        aria-expanded={open ? 'true' : undefined}
        aria-controls={open ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Service Tokens
      </Button>
      <Menu
        anchorEl={anchor}
        open={open}
        onClose={close}
        slotProps={{ list: { id: menuId, 'aria-labelledby': buttonId } }}
      >
        <MenuItem component={RouterLink} to={paths.create.href()} onClick={close}>
          Create Service Token
        </MenuItem>
        <MenuItem component={RouterLink} to={paths.inventory.href()} onClick={close}>
          Service Token Inventory
        </MenuItem>
      </Menu>
    </>
  );
}
