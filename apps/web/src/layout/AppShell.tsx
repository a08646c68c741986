import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { useSession } from '@web/auth/session';
import { useI18n } from '@web/i18n/i18n';

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
