import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import Button from '@mui/material/Button';
import { Suspense } from 'react';
import { Link as RouterLink } from 'react-router';
import { Menu, MenuItem, useMenuButton } from '@/components/lazy-menu';
import { paths } from '@/config/paths';

/**
 * The portal's "Service Tokens" menu: Create Service Token and Service Token Inventory. The menu's
 * code (Menu, Popover, Modal) loads on first open, since the app bar is on every first paint.
 */
export function ServiceTokensMenu() {
  const { mounted, close, buttonProps, menuProps } = useMenuButton();
  return (
    <>
      <Button color="inherit" endIcon={<KeyboardArrowDown />} {...buttonProps}>
        Service Tokens
      </Button>
      {mounted && (
        <Suspense fallback={null}>
          <Menu {...menuProps}>
            <MenuItem component={RouterLink} to={paths.create.href()} onClick={close}>
              Create Service Token
            </MenuItem>
            <MenuItem component={RouterLink} to={paths.inventory.href()} onClick={close}>
              Service Token Inventory
            </MenuItem>
          </Menu>
        </Suspense>
      )}
    </>
  );
}
