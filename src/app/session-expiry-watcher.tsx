import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { session } from '@/api/session';
import { paths } from '@/config/paths';

/** When the API answers 401, send the user to sign in and bring them back to where they were. */
export function SessionExpiryWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(
    () =>
      session.onExpired(() => {
        if (location.pathname === paths.signIn.path) return;
        const returnTo = `${location.pathname}${location.search}`;
        void navigate(paths.signIn.href(returnTo), { replace: false });
      }),
    [navigate, location],
  );
  return null;
}
