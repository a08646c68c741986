import { type FormEvent, useState } from 'react';

import type { FundDto, ProgrammeDto } from '@yilin/contracts';
import { client } from '@web/api/api-client';
import { errorText } from '@web/components/error-text.util';
import { ErrorNote } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { formsApi } from '@web/designer/forms-api';
import { useI18n } from '@web/i18n/i18n';

import { type ProgrammeFormProblem, type ProgrammeFormValues, toFormValues, toProgrammeRequest } from './programme-form.util';

const PROBLEM_TEXT = {
  badAmount: 'programmeForm.badAmount',
  badSplit: 'programmeForm.badSplit',
  badDays: 'programmeForm.badDays',
} as const satisfies Record<ProgrammeFormProblem, string>;

type TextField = Exclude<keyof ProgrammeFormValues, 'open' | 'fundId' | 'formKey'>;

const TEXT_FIELDS: ReadonlyArray<[TextField, `programmeForm.${TextField}`, 'text' | 'decimal' | 'numeric']> = [
  ['titleZh', 'programmeForm.titleZh', 'text'],
  ['titleEn', 'programmeForm.titleEn', 'text'],
  ['maxAmount', 'programmeForm.maxAmount', 'decimal'],
  ['smallAmountLimit', 'programmeForm.smallAmountLimit', 'decimal'],
  ['trancheSplit', 'programmeForm.trancheSplit', 'text'],
  ['midterm', 'programmeForm.midterm', 'numeric'],
  ['final', 'programmeForm.final', 'numeric'],
];

/** Creates or edits a programme; amounts typed in yuan, the engine's refusals shown as sentences. */
export function ProgrammeForm({
  programme,
  funds,
  onSaved,
  onCancel,
}: {
  programme: ProgrammeDto | null;
  funds: readonly FundDto[];
  onSaved(): void;
  onCancel(): void;
}) {
  const { t, local } = useI18n();
  const [values, setValues] = useState(() => toFormValues(programme, funds[0]?.id));
  const [problems, setProblems] = useState<Partial<Record<keyof ProgrammeFormValues, ProgrammeFormProblem>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof ProgrammeFormValues, value: string | boolean) => setValues((v) => ({ ...v, [field]: value }));
  // Only forms that keep what the grant workflow reads from an application are offered.
  const applicationForms = useLoad(() => formsApi.candidates('grant-approval', 'application'), 'application-forms');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const outcome = toProgrammeRequest(values, programme);
    if ('problems' in outcome) {
      setProblems(outcome.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      await (programme
        ? client.put('/api/programmes/:id', { params: { id: programme.id }, body: outcome.request })
        : client.post('/api/programmes', { body: outcome.request }));
      onSaved();
    } catch (failure) {
      setError(errorText(failure, t('error.network')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card form-grid" onSubmit={submit} data-testid="programme-form">
      <h3>{programme ? t('programmeForm.editing') : t('programmeForm.new')}</h3>
      <label>
        {t('programmeForm.fund')}
        <select value={values.fundId} onChange={(e) => set('fundId', e.target.value)}>
          {funds.map((fund) => (
            <option key={fund.id} value={fund.id}>
              {local(fund.name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('programmeForm.formKey')}
        <select
          value={values.formKey}
          data-testid="programme-form-key"
          required
          onChange={(e) => set('formKey', e.target.value)}
        >
          {!applicationForms.data?.some((form) => form.key === values.formKey) && <option value={values.formKey}>{values.formKey || '—'}</option>}
          {(applicationForms.data ?? []).map((form) => (
            <option key={form.key} value={form.key}>
              {local(form.title)}（{form.key} v{form.latestVersion}）
            </option>
          ))}
        </select>
      </label>
      {TEXT_FIELDS.map(([field, label, inputMode]) => (
        <label key={field}>
          {t(label)}
          <input
            value={values[field]}
            inputMode={inputMode}
            required={field === 'titleZh' || field === 'titleEn'}
            aria-invalid={problems[field] ? true : undefined}
            onChange={(e) => set(field, e.target.value)}
          />
          {problems[field] && <span className="error">{t(PROBLEM_TEXT[problems[field]])}</span>}
        </label>
      ))}
      <label className="inline-field">
        <input type="checkbox" checked={values.open} onChange={(e) => set('open', e.target.checked)} />
        {t('programmeForm.open')}
      </label>
      <ErrorNote message={error} />
      <div className="row-between">
        <button type="submit" disabled={saving}>
          {saving ? t('common.saving') : t('programmeForm.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('programmeForm.cancel')}
        </button>
      </div>
    </form>
  );
}
