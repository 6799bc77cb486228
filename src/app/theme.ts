import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles';

/**
 * Light and dark themes; the app follows the system preference (app.tsx). Plain themes, not CSS
 * theme variables: those make emotion parse and insert every custom property of both schemes on
 * every page's first render (docs/decisions/009-first-paint-and-start-up.md).
 */
const shared: ThemeOptions = {
  shape: { borderRadius: 6 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
};

export const lightTheme = createTheme({
  ...shared,
  palette: {
    mode: 'light',
    primary: { main: '#b0131a' },
    secondary: { main: '#1f4e79' },
    // MUI's orange is 3.1:1 against white, as text (outlined buttons) and under white text
    // (the "Demo" chip); this darker orange is 5:1 both ways (WCAG AA).
    warning: { main: '#b45309', contrastText: '#fff' },
  },
});

let dark: Theme | undefined;

/** Made on first use: most visitors never need it. */
export function darkTheme(): Theme {
  dark ??= createTheme({
    ...shared,
    palette: { mode: 'dark', primary: { main: '#ff8a80' }, secondary: { main: '#90caf9' } },
  });
  return dark;
}
