import { useState } from 'react';

import type { FormCheckDto, FormDocument, FormProblem } from '@yilin/contracts';

import { ApiError } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote } from '@web/components/LoadState';
import { useI18n } from '@web/i18n/i18n';

import { formsApi } from './forms-api';

interface PublishPanelProps {
  formKey: string;
  document: FormDocument;
  /** The document as the server now holds it. */
  onSaved(draft: FormDocument): void;
  onPublished(version: number): void;
}

function Problems({ items, kind }: { items: FormProblem[]; kind: 'error' | 'warning' }) {
  const { local } = useI18n();
  if (!items.length) return null;
  return (
    <ul className={`designer-problems ${kind}`} data-testid={`check-${kind}s`}>
      {items.map((item, index) => (
        <li key={`${item.code}-${item.path}-${index}`}>
          <code>{item.path || '/'}</code> {local(item.message)}
        </li>
      ))}
    </ul>
  );
}

/** Save, check with the server's publish guard, then publish: what the change breaks shows before it goes live. */
export function PublishPanel({ formKey, document, onSaved, onPublished }: PublishPanelProps) {
  const { t, language } = useI18n();
  const [check, setCheck] = useState<FormCheckDto | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setSavedAt(null);
    try {
      await work();
    } catch (failure) {
      if (failure instanceof ApiError && Array.isArray(failure.details) && failure.code === 'FORM_SCHEMA_INVALID') {
        setCheck({ ok: false, errors: failure.details as FormProblem[], warnings: [] });
      }
      setError(errorMessage(failure, t('error.network')));
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(async () => {
    await formsApi.saveDraft(formKey, document);
    onSaved(document);
    setSavedAt(new Date());
  });
  const validate = () => run(async () => {
    setPublished(null);
    setCheck(await formsApi.check(formKey, document));
  });
  const publish = () => run(async () => {
    await formsApi.saveDraft(formKey, document);
    onSaved(document);
    const verdict = await formsApi.check(formKey, document);
    setCheck(verdict);
    if (!verdict.ok) return;
    const result = await formsApi.publish(formKey);
    setPublished(result.version);
    setCheck({ ok: true, errors: [], warnings: result.warnings });
    onPublished(result.version);
  });

  return (
    <section className="card designer-publish">
      <div className="designer-actions">
        <button type="button" data-testid="save-draft" disabled={busy} onClick={save}>{t('designer.save')}</button>
        <button type="button" data-testid="check-draft" disabled={busy} onClick={validate}>{t('designer.check')}</button>
        <button type="button" data-testid="publish" className="primary" disabled={busy} onClick={publish}>{t('designer.publish')}</button>
      </div>
      <p className="ok" role="status" data-testid="saved">
        {savedAt && t('designer.savedAt', { time: savedAt.toLocaleTimeString(language === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) })}
      </p>
      {check?.ok && !published && <p className="ok" data-testid="check-ok">{t('designer.checkOk')}</p>}
      {published && <p className="ok" data-testid="published">{t('designer.publishedAs')} v{published}</p>}
      {check && <Problems items={check.errors} kind="error" />}
      {check && <Problems items={check.warnings} kind="warning" />}
      <ErrorNote message={error} />
    </section>
  );
}
