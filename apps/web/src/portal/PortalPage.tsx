import { Link } from 'react-router';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { formatFen } from '@web/components/money.util';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import { stateTitleOf } from '@web/components/state-title.util';

/** The applicant's home: open programmes, the green channel, and my own applications and filings. */
export function PortalPage() {
  const { t, local } = useI18n();
  const programmes = useLoad(() => client.get('/api/programmes'), 'programmes');
  const mine = useLoad(
    () => Promise.all([client.get('/api/instances', { query: { limit: 50 } }), client.get('/api/workflows')]),
    'mine',
  );
  return (
    <div className="stack">
      <section className="card">
        <h2>{t('portal.programmes')}</h2>
        <LoadState loaded={programmes}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t('portal.noProgrammes')}</p>
            ) : (
              <ul className="tiles">
                {list.map((programme) => (
                  <li key={programme.id} className="tile">
                    <strong>{local(programme.title)}</strong>
                    <span className="muted">
                      {t('portal.maxAmount')} {formatFen(programme.maxAmount)} · {t('portal.fastTrack')} ≤ {formatFen(programme.smallAmountLimit)}
                    </span>
                    <Link className="button" to={`/portal/apply/${programme.id}`}>
                      {t('portal.apply')}
                    </Link>
                  </li>
                ))}
              </ul>
            )
          }
        </LoadState>
      </section>
      <section className="card green">
        <h2>{t('portal.greenChannel')}</h2>
        <p>{t('portal.greenChannelIntro')}</p>
        <Link className="button" to="/portal/register">
          {t('portal.register')}
        </Link>
      </section>
      <section className="card">
        <h2>{t('portal.mine')}</h2>
        <LoadState loaded={mine}>
          {([page, workflows]) =>
            page.items.length === 0 ? (
              <p className="muted">{t('home.empty')}</p>
            ) : (
              <ul className="item-list">
                {page.items.map((item) => {
                  const workflow = workflows.find((w) => w.key === item.workflow);
                  return (
                    <li key={item.id}>
                      {/* Named by what it is about; the workflow says what kind of item it is. */}
                      <Link to={`/portal/items/${item.id}`}>{item.subject ?? local(workflow?.title)}</Link>{' '}
                      {item.subject && <span className="muted">{local(workflow?.title)}</span>}{' '}
                      <span>{local(stateTitleOf(workflow, item.state))}</span>{' '}
                      <span className={`badge ${item.status}`}>{t(`status.${item.status}`)}</span>{' '}
                      <span className="muted">{new Date(item.updatedAt).toLocaleDateString()}</span>
                    </li>
                  );
                })}
              </ul>
            )
          }
        </LoadState>
      </section>
    </div>
  );
}
