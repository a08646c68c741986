import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import type { InstanceDto } from '@yilin/contracts';
import { client } from '@web/api/api-client';
import { errorText, labelsOf } from '@web/components/error-text.util';
import { mergeUi } from '@web/components/event-ui.util';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { formatFen } from '@web/components/money.util';
import { SchemaForm } from '@web/components/SchemaForm';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { startFormOf } from './start-form';
import { useDraft } from './use-draft';

const WORKFLOW = 'grant-approval';
const HIDDEN_PROGRAMME = { programmeId: { 'ui:widget': 'hidden' } };

/**
 * Applying to a programme: the programme's own application form (the one the server validates against),
 * saved as a draft while typed, then submitted.
 */
export function ApplyPage() {
  const { programmeId = '' } = useParams();
  const { t, local, language } = useI18n();
  const navigate = useNavigate();
  const loaded = useLoad(
    () => Promise.all([client.get('/api/programmes/:id', { params: { id: programmeId } }), startFormOf(WORKFLOW, programmeId)]),
    programmeId,
  );
  // A draft starts with the first thing typed: the server checks each field present, and the whole form
  // when the application is submitted.
  const ready = useCallback(
    (data: Record<string, unknown>) =>
      Object.entries(data).some(([field, value]) => field !== 'programmeId' && value !== undefined && value !== ''),
    [],
  );
  const texts = loaded.data?.[1].document.labels?.[language];
  const labelOf = useMemo(() => labelsOf(texts), [texts]);
  const draft = useDraft(WORKFLOW, ready, labelOf);
  const initial = useMemo(() => ({ programmeId }), [programmeId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (formData: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      const saved: InstanceDto | null = await draft.flush({ ...formData, programmeId });
      if (!saved) throw new Error(t('apply.notSaved'));
      await client.post('/api/instances/:id/events', {
        params: { id: saved.id },
        body: { type: 'SUBMIT', data: {}, expectedRevision: saved.revision },
      });
      navigate(`/portal/items/${saved.id}`);
    } catch (failure) {
      setError(errorText(failure, t('error.network'), labelOf));
    } finally {
      setBusy(false);
    }
  };

  return (
    <LoadState loaded={loaded}>
      {([programme, { document: form }]) => (
        <div className="stack">
          <section className="card">
            <h2>{local(programme.title)}</h2>
            <p className="muted">
              {t('portal.maxAmount')} {formatFen(programme.maxAmount)} · {t('portal.fastTrack')} ≤ {formatFen(programme.smallAmountLimit)}
            </p>
            <p className="draft-status muted" data-testid="draft-status" data-status={draft.status}>
              {t(`draft.${draft.status}`)}
            </p>
            <ErrorNote message={draft.error} />
          </section>
          <section className="card">
            <SchemaForm
              schema={form.schema}
              uiSchema={mergeUi(form.uiSchema, HIDDEN_PROGRAMME)}
              labels={form.labels}
              formData={initial}
              submitLabel={t('apply.submit')}
              busy={busy}
              instanceId={draft.instance?.id}
              onChange={(next) => {
                draft.change({ ...next, programmeId });
              }}
              onSubmit={submit}
            />
            <ErrorNote message={error} />
          </section>
        </div>
      )}
    </LoadState>
  );
}
