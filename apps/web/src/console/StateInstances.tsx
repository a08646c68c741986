import { Link } from 'react-router';

import type { WorkflowSummaryDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { stateTitleOf } from '@web/components/state-title.util';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { formatDuration } from './duration.util';

const SHOWN = 20;

/** The instances in one state of a workflow (chosen on its chart), newest first, with how long each has waited. */
export function StateInstances({ workflow, state, onClose }: { workflow: WorkflowSummaryDto; state: string; onClose(): void }) {
  const { t, local } = useI18n();
  const query = `workflow=${encodeURIComponent(workflow.key)}&state=${encodeURIComponent(state)}`;
  const loaded = useLoad(() => client.get('/api/instances', { query: { workflow: workflow.key, state, limit: SHOWN } }), query);
  const units = { days: t('charts.days'), hours: t('charts.hours'), minutes: t('charts.minutes'), seconds: t('charts.seconds') };
  const now = Date.now();
  return (
    <section className="state-instances" data-testid="state-instances" aria-live="polite">
      <div className="row-between">
        <h3>{t('console.inState')}：{local(stateTitleOf(workflow, state))}</h3>
        <button type="button" className="secondary small" onClick={onClose}>{t('common.close')}</button>
      </div>
      <LoadState loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="muted">{t('console.noneInState')}</p>
          ) : (
            <>
              <table className="table">
                <thead>
                  <tr><th>{t('console.item')}</th><th>{t('home.state')}</th><th>{t('console.waiting')}</th></tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr key={item.id}>
                      <td><Link to={`/console/instances/${item.id}`}>{item.subject ?? local(workflow.title)}</Link> <small className="muted">{item.id.slice(-6)}</small></td>
                      <td>{local(stateTitleOf(workflow, item.state))}</td>
                      <td>{formatDuration(now - Date.parse(item.stateEnteredAt), units)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Link to={`/console/instances?${query}`}>{t('console.allInState')}</Link>
            </>
          )
        }
      </LoadState>
    </section>
  );
}
