import { Link } from 'react-router';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { formatFen } from '@web/components/money.util';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

async function loadOverview() {
  const [funds, failedJobs] = await Promise.all([client.get('/api/funds'), client.get('/api/admin/jobs/failed')]);
  return { funds, failedJobs: failedJobs.length };
}

/** What an administrator checks first: each fund's balances and whether any background job has failed. */
export function ConsoleOverview() {
  const { t, local } = useI18n();
  const loaded = useLoad(loadOverview, 'overview');
  return (
    <section className="card" data-testid="console-overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{t('console.overview')}</h2>
      <LoadState loaded={loaded}>
        {({ funds, failedJobs }) => (
          <div className="overview-grid">
            {funds.map((fund) => (
              <Link key={fund.id} to={`/console/funds?fund=${fund.id}`} className="overview-tile" data-testid="overview-fund">
                <strong>{local(fund.name)}</strong>
                <dl>
                  <dt>{t('funds.available')}</dt><dd>{formatFen(fund.balances.available)}</dd>
                  <dt>{t('funds.received')}</dt><dd>{formatFen(fund.balances.received)}</dd>
                  <dt>{t('funds.granted')}</dt><dd>{formatFen(fund.balances.granted)}</dd>
                </dl>
              </Link>
            ))}
            <Link to="/console/jobs" className={`overview-tile${failedJobs ? ' alarm' : ' calm'}`} data-testid="overview-jobs">
              <strong>{t('console.jobs')}</strong>
              <span className="overview-number">{failedJobs}</span>
              <span>{failedJobs ? t('console.jobsNeedRetry') : t('console.jobsAllWell')}</span>
            </Link>
          </div>
        )}
      </LoadState>
    </section>
  );
}
