import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';

import type { ClaimDto, InstanceDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { useSession } from '@web/auth/session';
import { headlineOf } from '@web/components/InstanceView';
import { ErrorNote, Loading } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import { stateTitleOf } from '@web/components/state-title.util';

import { CLAIM_FILTERS, type ClaimFilter, claimsById, filterByClaim, idBatches } from './claim-filter.util';

const PAGE = 20;

const loadClaims = async (ids: readonly string[]): Promise<ClaimDto[]> =>
  (await Promise.all(idBatches(ids).map((batch) => client.get('/api/claims', { query: { ids: batch.join(',') } })))).flat();

/** The tasks waiting for me: the engine lists the instances where I may act now. */
export function InboxPage() {
  const { t, local } = useI18n();
  const { user } = useSession();
  const workflows = useLoad(() => client.get('/api/workflows'), 'workflows');
  const [tasks, setTasks] = useState<InstanceDto[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [claims, setClaims] = useState<Map<string, ClaimDto>>(new Map());
  const [filter, setFilter] = useState<ClaimFilter>('all');

  const scan = useCallback(
    async (from: string | null, previous: InstanceDto[]) => {
      setBusy(true);
      setError(null);
      try {
        const result = await client.get('/api/tasks', { query: { limit: PAGE, cursor: from } });
        const all = [...previous, ...result.items];
        const found = await loadClaims(all.map((task) => task.id));
        setTasks(all);
        setClaims(claimsById(found));
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

  const changeClaim = async (instanceId: string, take: boolean) => {
    setError(null);
    try {
      const next = new Map(claims);
      if (take) next.set(instanceId, await client.post('/api/instances/:id/claim', { params: { id: instanceId } }));
      else {
        await client.delete('/api/instances/:id/claim', { params: { id: instanceId } });
        next.delete(instanceId);
      }
      setClaims(next);
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };

  const isStaff = user?.roles.includes('staff');
  const shown = tasks && user ? filterByClaim(tasks, claims, user.id, filter) : [];
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
        <label className="inline-field">
          {t('claim.filter')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as ClaimFilter)} data-testid="claim-filter">
            {CLAIM_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`claim.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <ErrorNote message={error} />
        {tasks === null ? (
          <Loading />
        ) : tasks.length === 0 && !busy ? (
          <p className="muted">{t('inbox.empty')}</p>
        ) : shown.length === 0 && !busy ? (
          <p className="muted">{t('claim.none')}</p>
        ) : (
          <ul className="task-list">
            {shown.map((task) => {
              const workflow = workflows.data?.find((w) => w.key === task.workflow);
              const claim = claims.get(task.id);
              const mine = claim?.userId === user?.id;
              return (
                <li key={task.id} className="task" data-testid="task">
                  <Link to={`/inbox/${task.id}`}>
                    <strong>{headlineOf(task)}</strong>
                  </Link>
                  <span className="muted">
                    {local(workflow?.title)} · {local(stateTitleOf(workflow, task.state))}
                  </span>
                  <span className="task-events">
                    {task.allowedEvents.map((e) => (
                      <span key={e.type} className="badge">
                        {local(e.title)}
                      </span>
                    ))}
                  </span>
                  <span className="task-claim">
                    {claim && (
                      <span className="badge" data-testid="claim-holder">
                        {t('claim.heldBy')}：{mine ? t('claim.me') : claim.displayName}
                      </span>
                    )}
                    {!claim && (
                      <button type="button" className="secondary small" onClick={() => changeClaim(task.id, true)}>
                        {t('claim.take')}
                      </button>
                    )}
                    {(mine || (claim && user?.roles.includes('admin'))) && (
                      <button type="button" className="secondary small" onClick={() => changeClaim(task.id, false)}>
                        {t('claim.release')}
                      </button>
                    )}
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
