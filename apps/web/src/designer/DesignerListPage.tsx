import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import type { FormDocument, FormSummaryDto } from '@yilin/contracts';

import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import type { MessageKey } from '@web/i18n/messages';

import { formKeyFromTitle, formKeyProblem, untakenKey } from './designer-keys.util';
import { formsApi } from './forms-api';

/** Every form staff can design, and a new one, blank or copied from another. */
export function DesignerListPage() {
  const { t, local } = useI18n();
  const loaded = useLoad(formsApi.list, 'forms');

  return (
    <div className="stack">
      <LoadState loaded={loaded}>
        {(forms) => (
          <>
            <NewForm forms={forms} />
            <section className="card">
              <h2>{t('designer.allForms')}</h2>
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
            </section>
          </>
        )}
      </LoadState>
    </div>
  );
}

const blankDocument = (zh: string, en: string): FormDocument => ({
  schema: { type: 'object', properties: {}, required: [] },
  uiSchema: {},
  labels: { zh: { $form: zh }, en: en ? { $form: en } : {} },
});

/** A new form starts from its title; its key is made from the English title (or numbered) and may be edited. */
function NewForm({ forms }: { forms: FormSummaryDto[] }) {
  const { t, local } = useI18n();
  const navigate = useNavigate();
  const taken = forms.map((form) => form.key);
  const [titleZh, setTitleZh] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [typedKey, setTypedKey] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = typedKey ?? untakenKey(formKeyFromTitle(titleEn) || 'form', taken, '-');
  const keyProblem = formKeyProblem(key, taken);
  const titleMissing = !titleZh.trim();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    if (keyProblem || titleMissing) return;
    setBusy(true);
    try {
      const draft = source ? (await formsApi.get(source)).draft : blankDocument('', '');
      const en = titleEn.trim();
      await formsApi.create(key, {
        ...draft,
        labels: { zh: { ...draft.labels.zh, $form: titleZh.trim() }, en: { ...draft.labels.en, ...(en ? { $form: en } : {}) } },
      });
      navigate(`/designer/${key}`);
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
      setBusy(false);
    }
  };

  return (
    <section className="card">
      <h2>{t('designer.newForm')}</h2>
      <form className="designer-new-form" noValidate onSubmit={create}>
        <label>
          <span>{t('designer.formTitleZh')} <span className="required">*</span></span>
          <input data-testid="new-form-title-zh" value={titleZh} required aria-invalid={tried && titleMissing ? true : undefined} aria-describedby="new-form-title-error" onChange={(e) => setTitleZh(e.target.value)} />
          {tried && titleMissing && <small id="new-form-title-error" className="error" role="alert">{t('designer.titleMissing')}</small>}
        </label>
        <label>
          <span>{t('designer.formTitleEn')}</span>
          <input data-testid="new-form-title-en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
        </label>
        <label>
          <span>{t('designer.newKey')}</span>
          <input
            data-testid="new-form-key"
            value={key}
            pattern="[a-z][a-z0-9\-]*"
            spellCheck={false}
            aria-invalid={keyProblem && (tried || typedKey !== null) ? true : undefined}
            aria-describedby="new-form-key-note"
            onChange={(e) => setTypedKey(e.target.value.trim().toLowerCase())}
          />
          {keyProblem && (tried || typedKey !== null) ? (
            <small id="new-form-key-note" className="error" role="alert">{t(`designer.formKeyProblem.${keyProblem}` as MessageKey)}</small>
          ) : (
            <small id="new-form-key-note" className="muted">{t('designer.formKeyHint')}</small>
          )}
        </label>
        <label>
          <span>{t('designer.startFrom')}</span>
          <select data-testid="new-form-source" value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">{t('designer.startBlank')}</option>
            {forms.map((form) => <option key={form.key} value={form.key}>{t('designer.copyOf')}{local(form.title)}（{form.key}）</option>)}
          </select>
        </label>
        <div>
          <button type="submit" className="primary" data-testid="create-form" disabled={busy}>{t('designer.create')}</button>
        </div>
      </form>
      <ErrorNote message={error} />
    </section>
  );
}
