import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import createEmotionServer from '@emotion/server/create-instance';
import { renderToReadableStream } from 'react-dom/server';
import { type EntryContext, ServerRouter } from 'react-router';

/**
 * Renders a page's HTML at build time (`ssr: false`: there is no rendering at run time) with the
 * styles of what it shows, as MUI's server-rendering guide does: emotion records the styles the
 * render used, and they go into the head, so the page is drawn styled before any script runs.
 * In the browser, emotion takes these style elements over by their `data-emotion` names.
 */
export default async function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  routerContext: EntryContext,
) {
  const cache = createCache({ key: 'css' });
  const { extractCriticalToChunks, constructStyleTagsFromChunks } = createEmotionServer(cache);
  let failed = false;
  const stream = await renderToReadableStream(
    <CacheProvider value={cache}>
      <ServerRouter context={routerContext} url={request.url} />
    </CacheProvider>,
    {
      onError(error: unknown) {
        failed = true;
        console.error(error);
      },
    },
  );
  await stream.allReady;
  const html = await new Response(stream).text();
  const styles = constructStyleTagsFromChunks(extractCriticalToChunks(html));
  headers.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(html.replace('</head>', `${styles}</head>`), {
    status: failed ? 500 : status,
    headers,
  });
}
