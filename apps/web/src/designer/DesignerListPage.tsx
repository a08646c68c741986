import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { formsApi } from './forms-api';

/** Every form staff can design, and a new one by key. */
export function DesignerListPage() {
  const { t, local } = useI18n();
  const navigate = useNavigate();
  const loaded = useLoad(formsApi.list, 'forms');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await formsApi.create(key.trim());
      navigate(`/designer/${key.trim()}`);
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };

  return (
    <div className="stack">
      <section className="card">
        <h2>{t('designer.title')}</h2>
        <form className="inline-form" onSubmit={create}>
          <label>
            {t('designer.newKey')}
            <input data-testid="new-form-key" value={key} pattern="[a-z][a-z0-9-]*" required onChange={(e) => setKey(e.target.value)} />
          </label>
          <button type="submit" data-testid="create-form">{t('designer.create')}</button>
        </form>
        <ErrorNote message={error} />
      </section>
      <section className="card">
        <LoadState loaded={loaded}>
          {(forms) => (
            <table className="table">
              <thead>
                <tr><th>{t('designer.form')}</th><th>{t('designer.version')}</th><th>{t('designer.draftState')}</th></tr>
              </thead>
              <tbody>
                {forms.map((form) => (
                  <tr key={form.key}>
                    <td><Link to={`/designer/${form.key}`}>{local(form.title)}</Link> <code>{form.key}</code></td>
                    <td>{form.latestVersion ? `v${form.latestVersion}` : '—'}</td>
                    <td>{form.draftChanged ? t('designer.unpublishedChanges') : t('designer.upToDate')}</td>
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
