import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { formatFen } from '@web/components/money.util';
import { useLoad } from '@web/components/use-load';
import { MoreButton, usePages } from '@web/components/use-pages';
import { useI18n } from '@web/i18n/i18n';

import { CsvLink, PublicNav } from './PublicNav';
import { OutcomeVerdict } from './OutcomeVerdict';

/** The transparency pages (公开): money in and out of each fund, grants, enterprises, outcomes. No sign-in. */
export function PublicPage() {
  const { t, local } = useI18n();
  const funds = useLoad(() => client.get('/api/public/funds'), 'funds');
  const grants = usePages('/api/public/grants');
  const enterprises = usePages('/api/public/enterprises');
  const outcomes = usePages('/api/public/outcomes');
  return (
    <div className="stack">
      <PublicNav />
      <Section title={t('public.funds')} csv="/api/public/funds/csv">
        <LoadState loaded={funds}>
          {(list) => (
            <table className="table" data-testid="public-funds">
              <thead>
                <tr>
                  <th>{t('funds.name')}</th>
                  <th>{t('funds.received')}</th>
                  <th>{t('funds.granted')}</th>
                  <th>{t('funds.available')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((fund) => (
                  <tr key={fund.id} data-fund={fund.code}>
                    <td className="card-title">{local(fund.name)}</td>
                    <td data-label={t('funds.received')}>{formatFen(fund.received)}</td>
                    <td data-label={t('funds.granted')}>{formatFen(fund.granted)}</td>
                    <td data-label={t('funds.available')} data-testid="available">{formatFen(fund.available)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </LoadState>
      </Section>
      <Section title={t('public.grants')} csv="/api/public/grants/csv">
        <LoadState loaded={grants}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t('home.empty')}</p>
            ) : (
              <table className="table" data-testid="public-grants">
                <thead>
                  <tr>
                    <th>{t('public.project')}</th>
                    <th>{t('public.organisation')}</th>
                    <th>{t('public.amount')}</th>
                    <th>{t('home.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((grant) => (
                    <tr key={grant.grantId}>
                      <td>
                        <Link to={`/public/grants/${grant.grantId}`}>{grant.title}</Link> <span className="muted">{grant.programme}</span>
                      </td>
                      <td data-label={t('public.organisation')}>{grant.organisation}</td>
                      <td data-label={t('public.amount')}>{formatFen(grant.amount)}</td>
                      <td data-label={t('home.state')}>{local(grant.stateTitle)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </LoadState>
        <MoreButton pages={grants} />
      </Section>
      <Section title={t('public.enterprises')} csv="/api/public/enterprises/csv">
        <LoadState loaded={enterprises}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t('home.empty')}</p>
            ) : (
              <ul className="item-list">
                {list.map((e) => (
                  <li key={e.registrationNo}>
                    <strong>{e.name}</strong> <span className="muted">{e.registrationNo} · {new Date(e.certifiedAt).toLocaleDateString()}</span>
                  </li>
                ))}
              </ul>
            )
          }
        </LoadState>
        <MoreButton pages={enterprises} />
      </Section>
      <Section title={t('public.outcomes')} csv="/api/public/outcomes/csv">
        <LoadState loaded={outcomes}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t('home.empty')}</p>
            ) : (
              <ul className="item-list" data-testid="public-outcomes">
                {list.map((o, index) => (
                  <li key={index}>
                    {o.summary}{' '}
                    <span className="muted">
                      <OutcomeVerdict outcome={o.outcome} riskLevel={o.riskLevel} /> · {new Date(o.publishedAt).toLocaleDateString()}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </LoadState>
        <MoreButton pages={outcomes} />
      </Section>
    </div>
  );
}

function Section({ title, csv, children }: { title: string; csv: string; children: ReactNode }) {
  return (
    <section className="card">
      <div className="row-between">
        <h2>{title}</h2>
        <CsvLink href={csv} />
      </div>
      {children}
    </section>
  );
}
