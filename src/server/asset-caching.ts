import type { Connect } from 'vite';

/** Where Vite writes the build's fingerprinted files (`build.assetsDir`). */
const assetsPrefix = '/assets/';

/**
 * The build's files under /assets/ carry a hash of their content in their name, so a name never
 * names other bytes: browsers may keep them a year without asking again. Everything else (the
 * page, the service worker, the favicon) keeps Vite's `no-cache`, so a new build is seen at once.
 * Without this, every page load asked the server again for each of its scripts before running it.
 */
export function immutableAssets(): Connect.NextHandleFunction {
  return (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && req.url?.startsWith(assetsPrefix)) {
      // Vite's static server keeps a Cache-Control header set before it answers.
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    }
    next();
  };
}
