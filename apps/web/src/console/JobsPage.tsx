import { useState } from 'react';
import { Link } from 'react-router';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import { MESSAGES, type MessageKey } from '@web/i18n/messages';

import { ConsoleNav } from './ConsoleNav';

/** The side effect's name in words when the messages have one; otherwise its code says it. */
function jobTitle(type: string, t: (key: MessageKey) => string): string {
  const key = `jobs.type.${type}`;
  return key in MESSAGES ? t(key as MessageKey) : type;
}

/** Background jobs that ran out of attempts, each retried by hand once its cause is fixed. */
export function JobsPage() {
  const { t } = useI18n();
  const jobs = useLoad(() => client.get('/api/admin/jobs/failed'), 'jobs');
  const health = useLoad(() => client.get('/api/health'), 'health');
  const [error, setError] = useState<string | null>(null);
  // The dashboard is a page of its own, opened by navigation: it is let in by a cookie this sets.
  const openDashboard = async () => {
    setError(null);
    try {
      const { url } = await client.post('/api/admin/queue-dashboard/session');
      window.location.assign(url);
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  const retry = async (id: string) => {
    setError(null);
    try {
      await client.post('/api/admin/jobs/:id/retry', { params: { id } });
      jobs.reload();
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  return (
    <div className="stack">
      <ConsoleNav />
      <section className="card">
        <h2>{t('console.jobs')}</h2>
        {health.data?.queue.driver === 'bull' && (
          <p>
            <button type="button" className="small" data-testid="queue-dashboard" onClick={openDashboard}>
              {t('jobs.dashboard')}
            </button>{' '}
            <span className="muted">{t('jobs.dashboardHint')}</span>
          </p>
        )}
        <ErrorNote message={error} />
        <LoadState loaded={jobs}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t('jobs.none')}</p>
            ) : (
              <table className="table">
                <tbody>
                  {list.map((job) => (
                    <tr key={job.id}>
                      <td>
                        <strong>{jobTitle(job.type, t)}</strong> <code className="muted">{job.type}</code>
                        <div className="muted">
                          <Link to={`/console/instances/${job.instanceId}`}>{job.instanceId}</Link> · {job.attempts} ×
                        </div>
                      </td>
                      <td className="error">{job.lastError}</td>
                      <td>
                        <button type="button" onClick={() => retry(job.id)}>
                          {t('jobs.retry')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </LoadState>
      </section>
    </div>
  );
}
