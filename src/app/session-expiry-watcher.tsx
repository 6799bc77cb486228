import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { session } from '@/api/session';
import { paths } from '@/config/paths';

/** When the API answers 401, send the user to sign in and bring them back to where they were. */
export function SessionExpiryWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  // Several requests can fail with 401 at once: send the user to sign in once, not once each.
  const redirecting = useRef(false);
  useEffect(() => {
    redirecting.current = location.pathname === paths.signIn.path;
  }, [location.pathname]);
  useEffect(
    () =>
      session.onExpired(() => {
        // The address bar too, not only the last rendered location: a navigation to sign-in
        // (signing out) changes it at once, before the page it leaves has gone.
        const onSignIn = [location.pathname, window.location.pathname].includes(paths.signIn.path);
        if (redirecting.current || onSignIn) return;
        redirecting.current = true;
        const returnTo = `${location.pathname}${location.search}`;
        void navigate(paths.signIn.href(returnTo));
      }),
    [navigate, location],
  );
  return null;
}
