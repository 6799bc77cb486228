import { createTheme } from '@mui/material/styles';

/**
 * One theme with a light and a dark color scheme, written as CSS variables and switched by the
 * system preference in CSS (`@media (prefers-color-scheme: dark)`): the page prerendered at build
 * time shows the visitor's scheme before any script runs, and hydration renders the same markup.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'media' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#b0131a' },
        secondary: { main: '#1f4e79' },
        // MUI's orange is 3.1:1 against white, as text (outlined buttons) and under white text
        // (the "Demo" chip); this darker orange is 5:1 both ways (WCAG AA).
        warning: { main: '#b45309', contrastText: '#fff' },
      },
    },
    dark: { palette: { primary: { main: '#ff8a80' }, secondary: { main: '#90caf9' } } },
  },
  shape: { borderRadius: 6 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
});
