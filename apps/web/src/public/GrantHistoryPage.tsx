import { Link, useParams } from 'react-router';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { formatFen } from '@web/components/money.util';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import { MESSAGES, type MessageKey } from '@web/i18n/messages';

import { PublicNav } from './PublicNav';

const INTERNAL_FIELDS = new Set(['programmeId']);

/** An approved grant's steps, each with only what its form discloses (公开). No sign-in. */
export function GrantHistoryPage() {
  const { id = '' } = useParams();
  const { t, local, language } = useI18n();
  const history = useLoad(() => client.get('/api/public/grants/:id/history', { params: { id } }), id);
  return (
    <div className="stack">
      <PublicNav />
      <section className="card">
        <Link to="/public">← {t('public.back')}</Link>
        <h2>{t('public.history')}</h2>
        <p className="muted">{t('public.historyHint')}</p>
        <LoadState loaded={history}>
          {(entries) => (
            <ol className="timeline" data-testid="grant-history">
              {entries.map((entry) => (
                <li key={entry.revision}>
                  <strong>{local(entry.title)}</strong>{' '}
                  <span className="muted">
                    {entry.actorRoles.map((role) => (`role.${role}` in MESSAGES ? t(`role.${role}` as MessageKey) : role)).join('、')} ·{' '}
                    {new Date(entry.at).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB')}
                  </span>
                  {Object.keys(entry.data).length > 0 && (
                    <dl className="disclosed">
                      {/* Internal references (the programme's id) mean nothing to the public. */}
                      {Object.entries(entry.data).filter(([field]) => !INTERNAL_FIELDS.has(field)).map(([field, value]) => (
                        <div key={field}>
                          <dt>{local(entry.labels[field]) || field}</dt>
                          <dd>{field === 'amount' && typeof value === 'number' ? formatFen(value) : renderValue(value)}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </li>
              ))}
            </ol>
          )}
        </LoadState>
      </section>
    </div>
  );
}

function renderValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}
