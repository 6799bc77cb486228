import type MuiMenu from '@mui/material/Menu';
import type MuiMenuItem from '@mui/material/MenuItem';
import { lazy, type MouseEvent, useId, useState } from 'react';

const loadMenu = () => import('@mui/material/Menu');
const loadMenuItem = () => import('@mui/material/MenuItem');

/**
 * Starts downloading MUI's Menu (which brings Popover and Modal) before it is needed: called when
 * the pointer reaches or focus lands on a menu button, so the first open feels instant. The
 * module system downloads each chunk once.
 */
export function preloadMenu(): void {
  void Promise.all([loadMenu(), loadMenuItem()]).catch(() => undefined);
}

// Lazy stand-ins typed as MUI's own components, so callers keep MUI's props (e.g. `component`).
// They render inside the `<Suspense>` that `useMenuButton` asks for.
export const Menu = lazy(loadMenu) as unknown as typeof MuiMenu;
export const MenuItem = lazy(loadMenuItem) as unknown as typeof MuiMenuItem;

/**
 * A menu button whose menu is loaded on first open: the button's ARIA state and handlers, the
 * menu's props, and `mounted` (render the `<Menu>` inside `<Suspense>` only once it is true, and
 * keep it mounted after, so closing animates and returns focus to the button as MUI does).
 */
export function useMenuButton() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [mounted, setMounted] = useState(false);
  const menuId = useId();
  const buttonId = useId();
  const open = Boolean(anchor);
  const close = () => setAnchor(null);
  return {
    mounted,
    close,
    buttonProps: {
      id: buttonId,
      'aria-haspopup': 'true',
      'aria-expanded': open ? 'true' : undefined,
      'aria-controls': open ? menuId : undefined,
      onPointerEnter: preloadMenu,
      onFocus: preloadMenu,
      onClick: (event: MouseEvent<HTMLElement>) => {
        setMounted(true);
        setAnchor(event.currentTarget);
      },
    },
    menuProps: {
      anchorEl: anchor,
      open,
      onClose: close,
      // The element with role="menu" is the one the button controls, named by the button.
      slotProps: { list: { id: menuId, 'aria-labelledby': buttonId } },
    },
  } as const;
}
