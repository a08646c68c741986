import { NavLink } from 'react-router';

import { useI18n } from '@web/i18n/i18n';

export function PublicNav() {
  const { t } = useI18n();
  return (
    <nav className="tabs">
      <NavLink to="/public" end>
        {t('public.title')}
      </NavLink>
      <NavLink to="/public/feedback">{t('public.feedback')}</NavLink>
      <NavLink to="/public/track">{t('public.track')}</NavLink>
    </nav>
  );
}

export function CsvLink({ href }: { href: string }) {
  const { t } = useI18n();
  return (
    <a className="csv-link" href={href} download>
      {t('public.csv')}
    </a>
  );
}
