import { NavLink } from 'react-router';

import { useSession } from '@web/auth/session';
import { useI18n } from '@web/i18n/i18n';

// Jobs, programmes, users and the calendar are the admin's; the secretariat and supervisors watch workflows and funds.
const TABS = [
  ['/console', 'console.workflows', false],
  ['/console/instances', 'console.instances', false],
  ['/console/funds', 'console.funds', false],
  ['/console/jobs', 'console.jobs', true],
  ['/console/programmes', 'console.programmes', true],
  ['/console/users', 'console.users', true],
  ['/console/calendar', 'console.calendar', true],
] as const;

export function ConsoleNav() {
  const { t } = useI18n();
  const { user } = useSession();
  const admin = user?.roles.includes('admin') ?? false;
  return (
    <nav className="tabs">
      {TABS.filter(([, , adminOnly]) => admin || !adminOnly).map(([to, key]) => (
        <NavLink key={to} to={to} end>
          {t(key)}
        </NavLink>
      ))}
    </nav>
  );
}
