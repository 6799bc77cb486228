/**
 * The attribute of the style element in which the server writes the styles of a page's first
 * render (server/first-paint/critical-css.ts); its value is their emotion names, and the app's style
 * cache takes them over (src/app/style-cache.ts).
 */
export const servedStylesAttribute = 'data-served-styles';
