import { useState } from 'react';
import { Link } from 'react-router';

import type { WorkflowSummaryDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import { stateTitleOf } from '@web/components/state-title.util';

const DEFAULT_STUCK_DAYS = 7;

/** Deadlines that passed without their timer firing, and items nobody has moved for a while. */
export function AttentionPanel({ workflows }: { workflows: readonly WorkflowSummaryDto[] }) {
  const { t, local } = useI18n();
  const [stuckDays, setStuckDays] = useState(DEFAULT_STUCK_DAYS);
  const attention = useLoad(() => client.get('/api/admin/attention', { query: { stuckDays } }), `attention:${stuckDays}`);
  const workflowTitle = (key: string) => local(workflows.find((w) => w.key === key)?.title) || key;
  const stateTitle = (key: string, state: string) => local(stateTitleOf(workflows.find((w) => w.key === key), state));
  const when = (iso: string) => new Date(iso).toLocaleString();
  return (
    <section className="card" data-testid="attention">
      <div className="row-between">
        <h2>{t('attention.title')}</h2>
        <label className="inline-field">
          {t('attention.stuckDays')}
          <input
            type="number"
            min={1}
            max={999}
            value={stuckDays}
            onChange={(e) => setStuckDays(Math.min(999, Math.max(1, Math.trunc(Number(e.target.value)) || 1)))}
          />
        </label>
      </div>
      <LoadState loaded={attention}>
        {(data) => (
          <div className="two-columns">
            <div>
              <h3>
                {t('attention.overdue')} ({data.overdueTimers.length})
              </h3>
              {data.overdueTimers.length === 0 ? (
                <p className="muted">{t('attention.none')}</p>
              ) : (
                <ul className="item-list">
                  {data.overdueTimers.map((timer) => (
                    <li key={timer.timerId}>
                      <Link to={`/console/instances/${timer.instanceId}`}>{workflowTitle(timer.workflow)}</Link> ·{' '}
                      {stateTitle(timer.workflow, timer.state)} · {t('attention.timer')} {timer.name} ·{' '}
                      <span className="error-text">
                        {t('attention.due')} {when(timer.dueAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>
                {t('attention.stuck')} ({data.stuckInstances.length})
              </h3>
              {data.stuckInstances.length === 0 ? (
                <p className="muted">{t('attention.none')}</p>
              ) : (
                <ul className="item-list">
                  {data.stuckInstances.map((item) => (
                    <li key={item.instanceId}>
                      <Link to={`/console/instances/${item.instanceId}`}>{workflowTitle(item.workflow)}</Link> ·{' '}
                      {stateTitle(item.workflow, item.state)} ·{' '}
                      <strong>
                        {t('attention.idle')} {item.idleDays}
                      </strong>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </LoadState>
    </section>
  );
}
