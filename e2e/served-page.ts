/** The build's script files a served page names: its module script and its module preloads. */
export const namedScriptUrls = (html: string) =>
  [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
