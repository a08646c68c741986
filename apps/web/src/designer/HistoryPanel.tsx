import { useState } from 'react';

import type { FormDiffDto, FormDto } from '@yilin/contracts';

import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { BindingPicker } from './BindingPicker';
import { formsApi } from './forms-api';

/** Published versions, what changed between two of them (or since the last one), and where the form is used. */
export function HistoryPanel({ form }: { form: FormDto }) {
  const { t, local } = useI18n();
  const versions = form.versions.map((v) => v.version);
  const [from, setFrom] = useState(versions[Math.max(0, versions.length - 2)] ?? 1);
  const [to, setTo] = useState<number | 'draft'>(versions.length > 1 ? versions[versions.length - 1] : 'draft');
  const [diff, setDiff] = useState<FormDiffDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const usages = useLoad(() => formsApi.usages(form.key), form.key);

  const compare = async () => {
    setError(null);
    try {
      setDiff(await formsApi.diff(form.key, from, to));
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };

  return (
    <section className="card designer-history">
      <h3>{t('designer.history')}</h3>
      <ol className="designer-versions" data-testid="versions">
        {form.versions.map((v) => (
          <li key={v.version}>v{v.version} · {new Date(v.publishedAt).toLocaleString()} · {v.publishedBy}</li>
        ))}
      </ol>
      {versions.length > 0 && (
        <div className="inline-form">
          <select value={from} onChange={(e) => setFrom(Number(e.target.value))} aria-label={t('designer.diffFrom')}>
            {versions.map((v) => <option key={v} value={v}>v{v}</option>)}
          </select>
          →
          <select value={String(to)} onChange={(e) => setTo(e.target.value === 'draft' ? 'draft' : Number(e.target.value))} aria-label={t('designer.diffTo')}>
            {versions.map((v) => <option key={v} value={v}>v{v}</option>)}
            <option value="draft">{t('designer.draft')}</option>
          </select>
          <button type="button" data-testid="compare" onClick={compare}>{t('designer.compare')}</button>
        </div>
      )}
      <ErrorNote message={error} />
      {diff && (
        <dl className="designer-diff" data-testid="diff">
          <dt>{t('designer.added')}</dt><dd>{diff.added.join(', ') || '—'}</dd>
          <dt>{t('designer.removed')}</dt><dd>{diff.removed.join(', ') || '—'}</dd>
          <dt>{t('designer.changed')}</dt>
          <dd>{diff.changed.length ? <ul>{diff.changed.map((c) => <li key={c.path}><code>{c.path}</code>: {c.changes.join('; ')}</li>)}</ul> : '—'}</dd>
          <dt>{t('designer.relabelled')}</dt><dd>{diff.relabelled.join(', ') || '—'}</dd>
        </dl>
      )}
      <h3>{t('designer.usages')}</h3>
      <LoadState loaded={usages}>
        {(list) => list.length ? (
          <ul data-testid="usages">
            {list.map((u) => (
              <li key={`${u.workflow}-${u.workflowVersion}-${u.step}-${u.scope ?? ''}`}>
                {local(u.workflowTitle)} v{u.workflowVersion} · {local(u.stepTitle)}
                {u.byDefault && <span className="muted">（{t('designer.byDefault')}）</span>}
                {u.scope && <span className="muted">（{t('designer.forProgramme')}）</span>}
                {u.reads.length > 0 && <span className="muted"> · {t('designer.reads')} {u.reads.join(', ')}</span>}
              </li>
            ))}
          </ul>
        ) : <p className="muted">{t('designer.unused')}</p>}
      </LoadState>
      <BindingPicker form={form} onBound={usages.reload} />
    </section>
  );
}
