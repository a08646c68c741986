import { useEffect, useState } from 'react';

import type { InstancePageDto, WorkflowSummaryDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { useI18n } from '@web/i18n/i18n';
import { stateTitleOf } from '@web/components/state-title.util';

export function HomePage() {
  const { t, local } = useI18n();
  const [workflows, setWorkflows] = useState<WorkflowSummaryDto[] | null>(null);
  const [instances, setInstances] = useState<InstancePageDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([client.get('/api/workflows'), client.get('/api/instances', { query: { limit: 50 } })])
      .then(([w, i]) => {
        setWorkflows(w);
        setInstances(i);
      })
      .catch((failure) => setError(errorMessage(failure, t('error.network'))));
  }, [t]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!workflows || !instances) return <p>{t('common.loading')}</p>;

  const stateTitle = (workflow: string, state: string) =>
    local(stateTitleOf(workflows.find((w) => w.key === workflow), state));

  return (
    <div className="stack">
      <section className="card">
        <h2>{t('home.workflows')}</h2>
        <ul className="workflow-list">
          {workflows.map((workflow) => (
            <li key={workflow.key}>
              <strong>{local(workflow.title)}</strong> <span className="muted">v{workflow.version}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>{t('home.instances')}</h2>
        {instances.items.length === 0 ? (
          <p className="muted">{t('home.empty')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t('home.workflows')}</th>
                <th>{t('home.state')}</th>
                <th>{t('home.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {instances.items.map((item) => (
                <tr key={item.id}>
                  <td>{local(workflows.find((w) => w.key === item.workflow)?.title)}</td>
                  <td>
                    {stateTitle(item.workflow, item.state)} <span className={`badge ${item.status}`}>{t(`status.${item.status}`)}</span>
                  </td>
                  <td>{new Date(item.updatedAt).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
