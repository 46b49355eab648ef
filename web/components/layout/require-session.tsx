import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../api/me.js';
import { useSetupStatus } from '../../api/setup.js';
import { NoOrganization } from '../no-organization.js';
import { LoadError, PageLoader } from '../query-state.js';

/**
 * The signed-in app's gate: visitors go to first-run setup while the instance has no organization,
 * else to sign in (and come back here afterwards).
 */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const setup = useSetupStatus();

  if (me.isPending) return <PageLoader />;
  if (me.error) return <LoadError error={me.error} onRetry={() => me.refetch()} />;
  if (me.data === null) {
    if (setup.isPending) return <PageLoader />;
    if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={from === '/' ? undefined : { from }} />;
  }
  if (!me.data.organization) return <NoOrganization />;
  return <Outlet />;
}
