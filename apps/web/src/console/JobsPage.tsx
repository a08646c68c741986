import { useState } from 'react';
import { Link } from 'react-router';

import { api } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { ConsoleNav } from './ConsoleNav';

interface FailedJob {
  id: string;
  instanceId: string;
  type: string;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
}

/** Background jobs that ran out of attempts, each retried by hand once its cause is fixed. */
export function JobsPage() {
  const { t } = useI18n();
  const jobs = useLoad(() => api<FailedJob[]>('/admin/jobs/failed'), 'jobs');
  const [error, setError] = useState<string | null>(null);
  const retry = async (id: string) => {
    setError(null);
    try {
      await api(`/admin/jobs/${id}/retry`, { method: 'POST' });
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
                        <strong>{job.type}</strong>
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
