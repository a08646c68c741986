import { useState } from 'react';

import { api } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { formatFen } from '@web/components/money.util';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { ConsoleNav } from './ConsoleNav';

interface ProgrammeRow {
  id: string;
  title: { zh: string; en: string };
  maxAmount: number;
  smallAmountLimit: number;
  trancheSplit: number[];
  reviewersRequired: number;
  open: boolean;
  [key: string]: unknown;
}

/** Programmes and their configuration: limits, tranches, reviewers; opened and closed here. */
export function ProgrammesPage() {
  const { t, local } = useI18n();
  const programmes = useLoad(() => api<ProgrammeRow[]>('/programmes'), 'programmes');
  const [error, setError] = useState<string | null>(null);
  const toggle = async (programme: ProgrammeRow) => {
    setError(null);
    try {
      const { id, createdAt: _c, updatedAt: _u, ...request } = programme;
      await api(`/programmes/${id}`, { method: 'PUT', body: { ...request, open: !programme.open } });
      programmes.reload();
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  return (
    <div className="stack">
      <ConsoleNav />
      <section className="card">
        <h2>{t('console.programmes')}</h2>
        <ErrorNote message={error} />
        <LoadState loaded={programmes}>
          {(list) => (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('funds.name')}</th>
                  <th>{t('portal.maxAmount')}</th>
                  <th>{t('portal.fastTrack')}</th>
                  <th>{t('programmes.tranches')}</th>
                  <th>{t('programmes.reviewers')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((programme) => (
                  <tr key={programme.id}>
                    <td>{local(programme.title)}</td>
                    <td>{formatFen(programme.maxAmount)}</td>
                    <td>≤ {formatFen(programme.smallAmountLimit)}</td>
                    <td>{programme.trancheSplit.join(' / ')}%</td>
                    <td>{programme.reviewersRequired}</td>
                    <td>
                      <button type="button" className="secondary" onClick={() => toggle(programme)}>
                        {programme.open ? t('programmes.close') : t('programmes.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </LoadState>
      </section>
    </div>
  );
}
