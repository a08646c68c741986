import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import type { InstanceStatus, InstanceSummaryDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, Loading } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import { formatFen } from '@web/components/money.util';
import { stateTitleOf } from '@web/components/state-title.util';

import { ConsoleNav } from './ConsoleNav';
import { formatDuration } from './duration.util';

const SEARCH_PAUSE_MS = 300;

/** Every instance the admin may see, filtered on the server by workflow, state, status and business key. */
export function InstancesPage() {
  const { t, local } = useI18n();
  const [params, setParams] = useSearchParams();
  const workflows = useLoad(() => client.get('/api/workflows'), 'workflows');
  const [items, setItems] = useState<InstanceSummaryDto[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState(params.get('q') ?? '');
  // The engine refuses a status it does not know; empty values are left out of the query.
  const filter = useMemo(
    () => ({
      workflow: params.get('workflow') ?? '',
      state: params.get('state') ?? '',
      status: (params.get('status') ?? '') as InstanceStatus | '',
      q: params.get('q') ?? '',
    }),
    [params],
  );

  const load = useCallback(
    async (from: string | null, previous: InstanceSummaryDto[]) => {
      try {
        const page = await client.get('/api/instances', { query: { limit: 50, ...filter, cursor: from } });
        setItems([...previous, ...page.items]);
        setCursor(page.nextCursor);
      } catch (failure) {
        setError(errorMessage(failure, t('error.network')));
      }
    },
    [filter, t],
  );
  useEffect(() => {
    setItems(null);
    setError(null);
    void load(null, []);
  }, [load]);

  // What is typed goes to the server once the typing pauses, and stays in the address for a shared link.
  const searched = filter.q;
  useEffect(() => {
    const typed = search.trim();
    if (typed === searched) return;
    const timer = setTimeout(
      () =>
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (typed) next.set('q', typed);
            else next.delete('q');
            return next;
          },
          { replace: true },
        ),
      SEARCH_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [search, searched, setParams]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'workflow') next.delete('state');
    setParams(next);
  };
  const workflow = workflows.data?.find((w) => w.key === filter.workflow);
  const shown = items ?? [];
  const units = { days: t('charts.days'), hours: t('charts.hours'), minutes: t('charts.minutes'), seconds: t('charts.seconds') };
  const titleOf = (item: InstanceSummaryDto) => workflows.data?.find((w) => w.key === item.workflow);

  return (
    <div className="stack">
      <ConsoleNav />
      <section className="card">
        <div className="filters">
          <label>
            {t('home.workflows')}
            <select value={filter.workflow} onChange={(e) => set('workflow', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {workflows.data?.map((w) => (
                <option key={w.key} value={w.key}>
                  {local(w.title)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('home.state')}
            <select value={filter.state} onChange={(e) => set('state', e.target.value)} disabled={!workflow}>
              <option value="">{t('common.all')}</option>
              {workflow?.states.map((s) => (
                <option key={s.path} value={s.path}>
                  {local(s.title)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('console.status')}
            <select value={filter.status} onChange={(e) => set('status', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {(['active', 'suspended', 'done'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('console.search')}
            <input
              type="search"
              data-testid="instance-search"
              value={search}
              maxLength={100}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t('console.searchHint')}
            />
          </label>
        </div>
        <ErrorNote message={error} />
        {items === null ? (
          <Loading />
        ) : shown.length === 0 && filter.q ? (
          <p className="muted" role="status">{t('console.noneFound')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t('console.item')}</th>
                <th>{t('console.applicant')}</th>
                <th className="numeric">{t('console.amount')}</th>
                <th>{t('home.workflows')}</th>
                <th>{t('home.state')}</th>
                <th>{t('console.waiting')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/console/instances/${item.id}`}>{item.subject ?? local(titleOf(item)?.title)}</Link>{' '}
                    <small className="muted">{item.id.slice(-6)}</small>
                  </td>
                  <td data-label={t('console.applicant')}>{item.applicant ?? '—'}</td>
                  <td className="numeric" data-label={t('console.amount')}>{item.amount === undefined ? '—' : formatFen(item.amount)}</td>
                  <td data-label={t('home.workflows')}>{local(titleOf(item)?.title)}</td>
                  <td data-label={t('home.state')}>
                    {local(stateTitleOf(titleOf(item), item.state))}{' '}
                    <span className={`badge ${item.status}`}>{t(`status.${item.status}`)}</span>
                  </td>
                  <td data-label={t('console.waiting')} title={new Date(item.stateEnteredAt).toLocaleString()}>
                    {formatDuration(Date.now() - Date.parse(item.stateEnteredAt), units)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {cursor && (
          <button type="button" className="secondary" onClick={() => load(cursor, items ?? [])}>
            {t('inbox.more')}
          </button>
        )}
      </section>
    </div>
  );
}
