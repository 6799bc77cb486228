import type { Plugin } from 'vite';

export type PortalMode = 'demo' | 'live';

/** The mode the dev or preview server runs the page in: `PORTAL_MODE=live`, else demo. */
export function serverMode(env: NodeJS.ProcessEnv = process.env): PortalMode {
  return env.PORTAL_MODE === 'live' ? 'live' : 'demo';
}

const modeMeta = /<meta name="portal-mode" content="[a-z]+" \/>/;

/** Writes the server's mode into index.html, so one build serves both modes. */
export function withMode(html: string, mode: PortalMode): string {
  return html.replace(modeMeta, `<meta name="portal-mode" content="${mode}" />`);
}

export function portalServer(): Plugin {
  const mode = serverMode();
  return {
    name: 'fabric-portal-server',
    transformIndexHtml: (html) => withMode(html, mode),
  };
}
