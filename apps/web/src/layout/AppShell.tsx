import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import type { Role } from '@yilin/contracts';

import { useSession } from '@web/auth/session';
import { useI18n } from '@web/i18n/i18n';

// Who sees which area: applicants the portal, the people who act on instances the inbox, admins the console.
const NAV: Array<{ to: string; label: 'nav.portal' | 'nav.inbox' | 'nav.console' | 'nav.designer' | 'nav.notifications'; roles: Role[] | 'all' }> = [
  { to: '/portal', label: 'nav.portal', roles: ['applicant'] },
  { to: '/inbox', label: 'nav.inbox', roles: ['staff', 'reviewer', 'director', 'council', 'supervisor'] },
  { to: '/console', label: 'nav.console', roles: ['admin', 'staff', 'supervisor'] },
  { to: '/designer', label: 'nav.designer', roles: ['admin', 'staff'] },
  { to: '/notifications', label: 'nav.notifications', roles: 'all' },
];

export function AppShell({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { user, signOut } = useSession();
  return (
    <div className="shell">
      <header className="shell-header">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <nav className="shell-nav">
          {user &&
            NAV.filter((item) => item.roles === 'all' || item.roles.some((role) => user.roles.includes(role))).map((item) => (
              <NavLink key={item.to} to={item.to} className="nav-link">
                {t(item.label)}
              </NavLink>
            ))}
          <NavLink to="/public" className="nav-link">
            {t('nav.public')}
          </NavLink>
          <button type="button" className="link-button" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {t('nav.language')}
          </button>
          {user && (
            <>
              <span className="who">{user.displayName}</span>
              <button type="button" className="link-button" onClick={signOut}>
                {t('nav.signOut')}
              </button>
            </>
          )}
        </nav>
      </header>
      <main className="shell-main">{children}</main>
    </div>
  );
}
