import { useState } from 'react';

import type { FormDto, FormProblem } from '@yilin/contracts';

import { ApiError } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { formsApi } from './forms-api';

const isProblem = (value: unknown): value is FormProblem =>
  typeof value === 'object' && value !== null && typeof (value as FormProblem).message === 'object';

/**
 * 使用位置, editable: binds the published form to a step where people submit data. The server refuses a
 * form that lacks what the step reads, one sentence per field, shown here as it says them.
 */
export function BindingPicker({ form, onBound }: { form: FormDto; onBound(): void }) {
  const { t, local } = useI18n();
  const slots = useLoad(() => formsApi.slots(), 'slots');
  const [chosen, setChosen] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const bind = async () => {
    const [workflow, slot] = chosen.split('/');
    setProblems([]);
    setError(null);
    setDone(false);
    try {
      await formsApi.bind(workflow, slot, form.key);
      setDone(true);
      onBound();
    } catch (failure) {
      const details = failure instanceof ApiError && Array.isArray(failure.details) ? failure.details.filter(isProblem) : [];
      if (details.length) setProblems(details);
      else setError(errorMessage(failure, t('error.network')));
    }
  };

  if (!form.latestVersion) return <p className="muted">{t('designer.mustPublish')}</p>;
  return (
    <div className="binding-picker" data-testid="binding-picker">
      <h4>{t('designer.bindTo')}</h4>
      <LoadState loaded={slots}>
        {(list) => (
          <div className="inline-form">
            <select aria-label={t('designer.bindStep')} data-testid="bind-slot" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{t('designer.bindStep')}</option>
              {list.map((slot) => (
                <option key={`${slot.workflow}/${slot.slot}`} value={`${slot.workflow}/${slot.slot}`}>
                  {local(slot.workflowTitle)} · {local(slot.title)}（{t('designer.currentlyBound')} {slot.boundForm}）
                </option>
              ))}
            </select>
            <button type="button" data-testid="bind" disabled={!chosen} onClick={bind}>
              {t('designer.bind')}
            </button>
          </div>
        )}
      </LoadState>
      {slots.data && chosen && (
        <p className="muted">
          {t('designer.needsFields')}{' '}
          {slots.data
            .find((slot) => `${slot.workflow}/${slot.slot}` === chosen)
            ?.contract.filter((field) => field.required)
            .map((field) => field.path)
            .join(', ')}
        </p>
      )}
      {problems.length > 0 && (
        <div className="notice error" role="alert" data-testid="bind-problems">
          <p>{t('designer.bindRefused')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.code}:${problem.path}`}>{local(problem.message)}</li>
            ))}
          </ul>
        </div>
      )}
      {done && (
        <p className="notice info" role="status">
          {t('designer.bound')}
        </p>
      )}
      <ErrorNote message={error} />
    </div>
  );
}
