import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';

import type { InstanceDto, InstancePageDto, WorkflowSummaryDto } from '@yilin/contracts';

import { api } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { useSession } from '@web/auth/session';
import { headlineOf } from '@web/components/InstanceView';
import { ErrorNote, Loading } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { scanTasks } from './task-filter.util';

const PAGE = 50;

/** The tasks waiting for me: visible instances whose allowed events for me are not empty. */
export function InboxPage() {
  const { t, local } = useI18n();
  const { user } = useSession();
  const workflows = useLoad(() => api<WorkflowSummaryDto[]>('/workflows'), 'workflows');
  const [tasks, setTasks] = useState<InstanceDto[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const scan = useCallback(
    async (from: string | null, previous: InstanceDto[]) => {
      setBusy(true);
      setError(null);
      try {
        const result = await scanTasks(
          {
            page: (c) => api<InstancePageDto>(`/instances?status=active&limit=${PAGE}${c ? `&cursor=${encodeURIComponent(c)}` : ''}`),
            instance: (id) => api<InstanceDto>(`/instances/${id}`),
          },
          { cursor: from, want: 20, maxPages: 4, concurrency: 6 },
        );
        setTasks([...previous, ...result.tasks]);
        setCursor(result.nextCursor);
      } catch (failure) {
        setError(errorMessage(failure, t('error.network')));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  useEffect(() => void scan(null, []), [scan]);

  const isStaff = user?.roles.includes('staff');
  return (
    <div className="stack">
      <section className="card">
        <div className="row-between">
          <h2>{t('inbox.title')}</h2>
          {isStaff && (
            <Link className="button secondary" to="/inbox/file-for-founder">
              {t('inbox.fileOnBehalf')}
            </Link>
          )}
        </div>
        <ErrorNote message={error} />
        {tasks === null ? (
          <Loading />
        ) : tasks.length === 0 && !busy ? (
          <p className="muted">{t('inbox.empty')}</p>
        ) : (
          <ul className="task-list">
            {tasks.map((task) => {
              const workflow = workflows.data?.find((w) => w.key === task.workflow);
              return (
                <li key={task.id} className="task" data-testid="task">
                  <Link to={`/inbox/${task.id}`}>
                    <strong>{headlineOf(task)}</strong>
                  </Link>
                  <span className="muted">
                    {local(workflow?.title)} · {local(workflow?.states.find((s) => s.path === task.state)?.title) || task.state}
                  </span>
                  <span className="task-events">
                    {task.allowedEvents.map((e) => (
                      <span key={e.type} className="badge">
                        {local(e.title)}
                      </span>
                    ))}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {busy && tasks !== null && <Loading />}
        {cursor && !busy && (
          <button type="button" className="secondary" onClick={() => scan(cursor, tasks ?? [])}>
            {t('inbox.more')}
          </button>
        )}
      </section>
    </div>
  );
}
