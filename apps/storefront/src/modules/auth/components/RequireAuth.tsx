import { type ReactNode, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Spinner } from '@yigou/web/ui';
import { useSession } from '../hooks/session';

/** Renders children for a signed-in person; otherwise sends them to /login and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spinner />;
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** A route's element for signed-in people only. */
export const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

/** The same for a page loaded when first opened (its chunk carries a heavy library): a spinner while it loads. */
export const signedInLazy = (page: ReactNode) => (
  <RequireAuth>
    <Suspense fallback={<Spinner />}>{page}</Suspense>
  </RequireAuth>
);
