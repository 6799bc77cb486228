import { type ReactNode, startTransition, useLayoutEffect, useState } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router-dom';

/**
 * React Router's `BrowserRouter` (the same history, the same `Router`), with one difference: it
 * renders a navigation at once when the next page's code is already here, and as a transition
 * only when that code is still on its way.
 *
 * `BrowserRouter` makes every navigation a transition, which keeps the current page on screen
 * while the next one's code downloads. But React renders a transition in small slices and lets the
 * browser draw frames in between, so a wizard step or a filter, whose code is there, took
 * noticeably longer to appear (docs/decisions/011-urgent-navigation-and-warm-loads.md).
 */
export function PortalRouter({
  children,
  pageReady,
}: {
  children: ReactNode;
  /** Whether the page at `pathname` can render without waiting for code. */
  pageReady: (pathname: string) => boolean;
}) {
  const [history] = useState(() => createBrowserHistory({ window, v5Compat: true }));
  const [state, setState] = useState(() => ({
    action: history.action,
    location: history.location,
  }));
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        const show = () => setState({ action, location });
        if (pageReady(location.pathname)) show();
        else startTransition(show);
      }),
    [history, pageReady],
  );
  return (
    <Router location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}
