import { useState } from 'react';

import type { ProgrammeDto } from '@yilin/contracts';
import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { formatFen } from '@web/components/money.util';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { ConsoleNav } from './ConsoleNav';
import { ProgrammeForm } from './ProgrammeForm';

/** Programmes and their configuration: limits, tranches, reviewers; opened and closed here. */
export function ProgrammesPage() {
  const { t, local } = useI18n();
  const programmes = useLoad(() => client.get('/api/programmes'), 'programmes');
  const funds = useLoad(() => client.get('/api/funds'), 'funds');
  const [error, setError] = useState<string | null>(null);
  // null: no form open; 'new': creating; otherwise the programme being edited.
  const [editing, setEditing] = useState<ProgrammeDto | 'new' | null>(null);
  const saved = () => {
    setEditing(null);
    programmes.reload();
  };
  const toggle = async (programme: ProgrammeDto) => {
    setError(null);
    try {
      const { id, createdAt: _c, updatedAt: _u, ...request } = programme;
      await client.put('/api/programmes/:id', { params: { id }, body: { ...request, open: !programme.open } });
      programmes.reload();
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  return (
    <div className="stack">
      <ConsoleNav />
      <section className="card">
        <div className="row-between">
          <h2>{t('console.programmes')}</h2>
          <button type="button" className="secondary" onClick={() => setEditing('new')} disabled={!funds.data}>
            {t('programmeForm.new')}
          </button>
        </div>
        <ErrorNote message={error ?? funds.error} />
        {editing && funds.data && (
          <ProgrammeForm
            key={editing === 'new' ? 'new' : editing.id}
            programme={editing === 'new' ? null : editing}
            funds={funds.data}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        )}
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
                    <td className="row-actions">
                      <button type="button" className="secondary" onClick={() => setEditing(programme)}>
                        {t('programmeForm.edit')}
                      </button>
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
