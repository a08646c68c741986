import { Navigate } from 'react-router';

import { useSession } from '@web/auth/session';

/** Where each person starts: applicants in the portal, admins in the console, everyone else in the inbox. */
export function RoleHome() {
  const { user } = useSession();
  const roles = user?.roles ?? [];
  if (roles.includes('admin')) return <Navigate to="/console" replace />;
  if (roles.length > 0 && roles.every((role) => role === 'applicant')) return <Navigate to="/portal" replace />;
  return <Navigate to="/inbox" replace />;
}
