import type { CSSObject, Theme } from '@mui/material/styles';

/**
 * How a token's values read wherever the inventory shows them (the table's cells, the phone's
 * cards): plain elements with class names, styled once by their container rather than a styled
 * component each, since they repeat on every row.
 */
export const cellStyles = (theme: Theme): CSSObject => ({
  '& .secondary': { color: (theme.vars ?? theme).palette.text.secondary },
  '& .uuid': { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  // The whole uuid is in the page (found by search, read by screen readers, copied by hand); the
  // eye gets its first eight characters, enough to tell tokens apart.
  '& .uuid code': {
    fontFamily: 'monospace',
    fontSize: '0.8rem',
    maxWidth: '9ch',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  // One line, cut with an ellipsis past its share; the whole text is in its title.
  '& .clip': {
    display: 'inline-block',
    maxWidth: '14rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  },
  '& .expires': { display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5) },
  '& .name-link': {
    fontWeight: 500,
    color: (theme.vars ?? theme).palette.primary.main,
    textDecorationColor: `rgba(${theme.vars?.palette.primary.mainChannel} / 0.4)`,
  },
  '& .name-link:hover': { textDecorationColor: 'inherit' },
  '& .skeleton': {
    display: 'block',
    height: '1.2em',
    borderRadius: '6px',
    backgroundColor: (theme.vars ?? theme).palette.action.hover,
  },
});
